DROP TABLE two_factor_session;
