-- A commune's cycles and campaigns are looked up by its code: the narrative of its last cycle when
-- a new one opens, its campaign of a year. Without these every lookup read every commune's rows,
-- which grow by 3,321 campaigns and ~40,000 cycles a year in a national deployment.
CREATE INDEX ix_period_cycle_commune ON period_cycle (commune_code, publication_date);
CREATE INDEX ix_survey_campaign_commune ON survey_campaign (commune_code, campaign_year);
