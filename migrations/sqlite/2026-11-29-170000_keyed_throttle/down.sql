DROP TABLE two_factor_throttle;
