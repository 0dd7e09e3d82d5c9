-- Questionnaire templates as data (SPEC §4): a template version has content areas -> criteria and a
-- rating scale. Only a DRAFT version may change; an ACTIVE or RETIRED one is frozen because
-- campaigns refer to it. Source: shared/data/templates.csv and scales.csv (sources 000 and 002).

CREATE TABLE rating_scale (
    id      BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    code    VARCHAR(20)  NOT NULL,
    name_vi VARCHAR(200) NOT NULL,
    name_en VARCHAR(200) NOT NULL,
    CONSTRAINT uk_rating_scale_code UNIQUE (code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE rating_level (
    id        BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    scale_id  BIGINT       NOT NULL,
    position  INT          NOT NULL,
    label_vi  VARCHAR(100) NOT NULL,
    label_en  VARCHAR(100) NOT NULL,
    satisfied BOOLEAN      NOT NULL,
    CONSTRAINT uk_rating_level UNIQUE (scale_id, position),
    CONSTRAINT fk_rating_level_scale FOREIGN KEY (scale_id) REFERENCES rating_scale (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE survey_template (
    id           BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    version      BIGINT       NOT NULL DEFAULT 0,
    code         VARCHAR(20)  NOT NULL,
    revision     INT          NOT NULL,
    name_vi      VARCHAR(200) NOT NULL,
    name_en      VARCHAR(200) NOT NULL,
    scale_id     BIGINT       NOT NULL,
    status       VARCHAR(10)  NOT NULL,
    CONSTRAINT uk_survey_template UNIQUE (code, revision),
    CONSTRAINT fk_survey_template_scale FOREIGN KEY (scale_id) REFERENCES rating_scale (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE template_area (
    id            BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    template_id   BIGINT       NOT NULL,
    position      INT          NOT NULL,
    name_vi       VARCHAR(300) NOT NULL,
    name_en       VARCHAR(300) NOT NULL,
    CONSTRAINT uk_template_area UNIQUE (template_id, position),
    CONSTRAINT fk_template_area_template FOREIGN KEY (template_id) REFERENCES survey_template (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- optional: asked only of some respondents (SIPAS area 5: only of those who gave feedback)
CREATE TABLE template_criterion (
    id        BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    area_id   BIGINT       NOT NULL,
    position  INT          NOT NULL,
    text_vi   VARCHAR(500) NOT NULL,
    text_en   VARCHAR(500) NOT NULL,
    optional  BOOLEAN      NOT NULL,
    CONSTRAINT uk_template_criterion UNIQUE (area_id, position),
    CONSTRAINT fk_template_criterion_area FOREIGN KEY (area_id) REFERENCES template_area (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- service fields (lĩnh vực) a plan surveys; an admin keeps the list
CREATE TABLE service_field (
    id       BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    version  BIGINT       NOT NULL DEFAULT 0,
    code     VARCHAR(20)  NOT NULL,
    name_vi  VARCHAR(200) NOT NULL,
    name_en  VARCHAR(200) NOT NULL,
    position INT          NOT NULL,
    active   BOOLEAN      NOT NULL DEFAULT TRUE,
    CONSTRAINT uk_service_field_code UNIQUE (code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

INSERT INTO rating_scale (code, name_vi, name_en) VALUES
    ('3-MUC', '3 mức', '3 levels'),
    ('5-MUC', '5 mức', '5 levels');

INSERT INTO rating_level (scale_id, position, label_vi, label_en, satisfied) VALUES
    ((SELECT id FROM rating_scale WHERE code = '3-MUC'), 1, 'Rất hài lòng', 'Very satisfied', TRUE),
    ((SELECT id FROM rating_scale WHERE code = '3-MUC'), 2, 'Hài lòng', 'Satisfied', TRUE),
    ((SELECT id FROM rating_scale WHERE code = '3-MUC'), 3, 'Không hài lòng', 'Dissatisfied', FALSE),
    ((SELECT id FROM rating_scale WHERE code = '5-MUC'), 1, 'Rất hài lòng', 'Very satisfied', TRUE),
    ((SELECT id FROM rating_scale WHERE code = '5-MUC'), 2, 'Hài lòng', 'Satisfied', TRUE),
    ((SELECT id FROM rating_scale WHERE code = '5-MUC'), 3, 'Bình thường', 'Neutral', FALSE),
    ((SELECT id FROM rating_scale WHERE code = '5-MUC'), 4, 'Không hài lòng', 'Dissatisfied', FALSE),
    ((SELECT id FROM rating_scale WHERE code = '5-MUC'), 5, 'Rất không hài lòng', 'Very dissatisfied', FALSE);

INSERT INTO survey_template (code, revision, name_vi, name_en, scale_id, status) VALUES
    ('TT4-3M', 1, '4 tiêu chí – 3 mức', '4 criteria – 3 levels', (SELECT id FROM rating_scale WHERE code = '3-MUC'), 'ACTIVE'),
    ('SIPAS-22', 1, 'SIPAS – 5 nội dung – 22 tiêu chí – 5 mức', 'SIPAS – 5 areas – 22 criteria – 5 levels',
     (SELECT id FROM rating_scale WHERE code = '5-MUC'), 'ACTIVE');

INSERT INTO template_area (template_id, position, name_vi, name_en) VALUES
    ((SELECT id FROM survey_template WHERE code = 'TT4-3M' AND revision = 1), 1, 'Đánh giá', 'Assessment'),
    ((SELECT id FROM survey_template WHERE code = 'SIPAS-22' AND revision = 1), 1, 'Tiếp cận dịch vụ hành chính công', 'Access to the public service'),
    ((SELECT id FROM survey_template WHERE code = 'SIPAS-22' AND revision = 1), 2, 'Thủ tục hành chính', 'Administrative procedures'),
    ((SELECT id FROM survey_template WHERE code = 'SIPAS-22' AND revision = 1), 3, 'Công chức trực tiếp giải quyết công việc', 'Civil servants handling the case'),
    ((SELECT id FROM survey_template WHERE code = 'SIPAS-22' AND revision = 1), 4, 'Kết quả cung ứng dịch vụ hành chính công', 'Result of the service'),
    ((SELECT id FROM survey_template WHERE code = 'SIPAS-22' AND revision = 1), 5, 'Tiếp nhận, giải quyết góp ý, phản ánh, kiến nghị', 'Handling of suggestions, complaints and petitions');

INSERT INTO template_criterion (area_id, position, text_vi, text_en, optional) VALUES
    ((SELECT a.id FROM template_area a JOIN survey_template t ON t.id = a.template_id
      WHERE t.code = 'TT4-3M' AND t.revision = 1 AND a.position = 1), 1, 'Thời gian giải quyết', 'Processing time', FALSE),
    ((SELECT a.id FROM template_area a JOIN survey_template t ON t.id = a.template_id
      WHERE t.code = 'TT4-3M' AND t.revision = 1 AND a.position = 1), 2, 'Thái độ của cán bộ tiếp nhận hồ sơ', 'Attitude of the receiving officer', FALSE),
    ((SELECT a.id FROM template_area a JOIN survey_template t ON t.id = a.template_id
      WHERE t.code = 'TT4-3M' AND t.revision = 1 AND a.position = 1), 3, 'Kết quả giải quyết', 'Result of the procedure', FALSE),
    ((SELECT a.id FROM template_area a JOIN survey_template t ON t.id = a.template_id
      WHERE t.code = 'TT4-3M' AND t.revision = 1 AND a.position = 1), 4, 'Đánh giá chung về quá trình giải quyết TTHC', 'Overall assessment of the procedure', FALSE),
    ((SELECT a.id FROM template_area a JOIN survey_template t ON t.id = a.template_id
      WHERE t.code = 'SIPAS-22' AND t.revision = 1 AND a.position = 1), 1, 'Nơi ngồi chờ có đủ chỗ ngồi', 'The waiting area has enough seats', FALSE),
    ((SELECT a.id FROM template_area a JOIN survey_template t ON t.id = a.template_id
      WHERE t.code = 'SIPAS-22' AND t.revision = 1 AND a.position = 1), 2, 'Trang thiết bị phục vụ người dân/tổ chức đầy đủ', 'Equipment for visitors is sufficient', FALSE),
    ((SELECT a.id FROM template_area a JOIN survey_template t ON t.id = a.template_id
      WHERE t.code = 'SIPAS-22' AND t.revision = 1 AND a.position = 1), 3, 'Trang thiết bị phục vụ người dân/tổ chức hiện đại', 'Equipment for visitors is modern', FALSE),
    ((SELECT a.id FROM template_area a JOIN survey_template t ON t.id = a.template_id
      WHERE t.code = 'SIPAS-22' AND t.revision = 1 AND a.position = 1), 4, 'Trang thiết bị phục vụ người dân/tổ chức dễ sử dụng', 'Equipment for visitors is easy to use', FALSE),
    ((SELECT a.id FROM template_area a JOIN survey_template t ON t.id = a.template_id
      WHERE t.code = 'SIPAS-22' AND t.revision = 1 AND a.position = 2), 5, 'Thủ tục hành chính được niêm yết công khai đầy đủ', 'The procedure is publicly posted in full', FALSE),
    ((SELECT a.id FROM template_area a JOIN survey_template t ON t.id = a.template_id
      WHERE t.code = 'SIPAS-22' AND t.revision = 1 AND a.position = 2), 6, 'Thủ tục hành chính được niêm yết công khai chính xác', 'The procedure is publicly posted accurately', FALSE),
    ((SELECT a.id FROM template_area a JOIN survey_template t ON t.id = a.template_id
      WHERE t.code = 'SIPAS-22' AND t.revision = 1 AND a.position = 2), 7, 'Thành phần hồ sơ phải nộp đúng quy định', 'The required dossier components are as regulated', FALSE),
    ((SELECT a.id FROM template_area a JOIN survey_template t ON t.id = a.template_id
      WHERE t.code = 'SIPAS-22' AND t.revision = 1 AND a.position = 2), 8, 'Phí/lệ phí phải nộp đúng quy định', 'Fees and charges are as regulated', FALSE),
    ((SELECT a.id FROM template_area a JOIN survey_template t ON t.id = a.template_id
      WHERE t.code = 'SIPAS-22' AND t.revision = 1 AND a.position = 2), 9, 'Thời hạn giải quyết đúng quy định', 'The processing time limit is as regulated', FALSE),
    ((SELECT a.id FROM template_area a JOIN survey_template t ON t.id = a.template_id
      WHERE t.code = 'SIPAS-22' AND t.revision = 1 AND a.position = 3), 10, 'Công chức có thái độ giao tiếp lịch sự', 'The civil servant is courteous', FALSE),
    ((SELECT a.id FROM template_area a JOIN survey_template t ON t.id = a.template_id
      WHERE t.code = 'SIPAS-22' AND t.revision = 1 AND a.position = 3), 11, 'Công chức chú ý lắng nghe ý kiến', 'The civil servant listens attentively', FALSE),
    ((SELECT a.id FROM template_area a JOIN survey_template t ON t.id = a.template_id
      WHERE t.code = 'SIPAS-22' AND t.revision = 1 AND a.position = 3), 12, 'Công chức trả lời', ' giải đáp đầy đủ các ý kiến', FALSE),
    ((SELECT a.id FROM template_area a JOIN survey_template t ON t.id = a.template_id
      WHERE t.code = 'SIPAS-22' AND t.revision = 1 AND a.position = 3), 13, 'Công chức hướng dẫn kê khai hồ sơ tận tình', ' chu đáo', FALSE),
    ((SELECT a.id FROM template_area a JOIN survey_template t ON t.id = a.template_id
      WHERE t.code = 'SIPAS-22' AND t.revision = 1 AND a.position = 3), 14, 'Công chức hướng dẫn kê khai hồ sơ dễ hiểu', 'The guidance is easy to understand', FALSE),
    ((SELECT a.id FROM template_area a JOIN survey_template t ON t.id = a.template_id
      WHERE t.code = 'SIPAS-22' AND t.revision = 1 AND a.position = 3), 15, 'Công chức tuân thủ đúng quy định trong giải quyết công việc', 'The civil servant follows the rules', FALSE),
    ((SELECT a.id FROM template_area a JOIN survey_template t ON t.id = a.template_id
      WHERE t.code = 'SIPAS-22' AND t.revision = 1 AND a.position = 4), 16, 'Kết quả đúng quy định', 'The result is as regulated', FALSE),
    ((SELECT a.id FROM template_area a JOIN survey_template t ON t.id = a.template_id
      WHERE t.code = 'SIPAS-22' AND t.revision = 1 AND a.position = 4), 17, 'Kết quả có thông tin đầy đủ', 'The result''s information is complete', FALSE),
    ((SELECT a.id FROM template_area a JOIN survey_template t ON t.id = a.template_id
      WHERE t.code = 'SIPAS-22' AND t.revision = 1 AND a.position = 4), 18, 'Kết quả có thông tin chính xác', 'The result''s information is accurate', FALSE),
    ((SELECT a.id FROM template_area a JOIN survey_template t ON t.id = a.template_id
      WHERE t.code = 'SIPAS-22' AND t.revision = 1 AND a.position = 5), 19, 'Có bố trí hình thức tiếp nhận góp ý, phản ánh, kiến nghị', 'There is a way to give feedback', TRUE),
    ((SELECT a.id FROM template_area a JOIN survey_template t ON t.id = a.template_id
      WHERE t.code = 'SIPAS-22' AND t.revision = 1 AND a.position = 5), 20, 'Việc góp ý, phản ánh, kiến nghị dễ dàng thực hiện', 'Giving feedback is easy', TRUE),
    ((SELECT a.id FROM template_area a JOIN survey_template t ON t.id = a.template_id
      WHERE t.code = 'SIPAS-22' AND t.revision = 1 AND a.position = 5), 21, 'Tiếp nhận, xử lý góp ý, phản ánh, kiến nghị tích cực', 'Feedback is received and handled actively', TRUE),
    ((SELECT a.id FROM template_area a JOIN survey_template t ON t.id = a.template_id
      WHERE t.code = 'SIPAS-22' AND t.revision = 1 AND a.position = 5), 22, 'Thông báo kết quả xử lý góp ý, phản ánh, kiến nghị kịp thời', 'The outcome of the feedback is reported in time', TRUE);

INSERT INTO service_field (code, name_vi, name_en, position) VALUES
    ('TP-HT', 'Tư pháp – hộ tịch', 'Justice and civil status', 1),
    ('VHXH', 'Văn hóa – xã hội', 'Culture and social affairs', 2),
    ('DC-XD-MT', 'Địa chính – xây dựng – môi trường', 'Land, construction and environment', 3),
    ('LDTBXH', 'Lao động – thương binh và xã hội', 'Labour, invalids and social affairs', 4),
    ('CT', 'Chứng thực', 'Certification', 5),
    ('KT', 'Kinh tế', 'Economy', 6);
