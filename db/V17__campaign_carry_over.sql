-- What a campaign took over when it started: the responses the commune's earlier campaign took
-- after its last cut-off (they count in this year's windows), those it could not take (a field it
-- dropped, another questionnaire), and the fields of the earlier plan it dropped.
ALTER TABLE survey_campaign ADD COLUMN carried_over INT NOT NULL DEFAULT 0;
ALTER TABLE survey_campaign ADD COLUMN not_carried_over INT NOT NULL DEFAULT 0;
ALTER TABLE survey_campaign ADD COLUMN dropped_fields VARCHAR(1000) NULL;
