DROP TABLE two_factor_api_session;
