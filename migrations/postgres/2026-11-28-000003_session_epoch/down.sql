DROP TABLE two_factor_user_epoch;
