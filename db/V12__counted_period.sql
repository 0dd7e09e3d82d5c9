-- The day a response counts on. Normally the day it was given; a paper form typed in after the
-- period holding its date was published counts on the day it was entered, so it lands in the next
-- open period and a published figure never changes (issue 6, "the freeze").
ALTER TABLE survey_response ADD COLUMN counted_on DATE NULL;
UPDATE survey_response SET counted_on = given_on;
ALTER TABLE survey_response MODIFY counted_on DATE NOT NULL;
CREATE INDEX ix_response_commune_counted ON survey_response (commune_code, template_id, counted_on);
