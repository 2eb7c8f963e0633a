DROP TABLE two_factor_imported;
