DROP TABLE two_factor_known_browser;
