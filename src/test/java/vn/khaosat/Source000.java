package vn.khaosat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;

import vn.khaosat.plan.RunningCampaign;

/**
 * Source 000's published table (Thị trấn Bình Dương, first six months of 2024, shared/data CSV) and
 * the responses and paper batches that produce it.
 */
public final class Source000 {

    /** the fixture's field names → our field codes */
    public static final Map<String, String> FIELDS = Map.of("Tư pháp – hộ tịch", "TP-HT", "Văn hóa – xã hội", "VHXH",
            "Địa chính", "DC-XD-MT");

    /** One line of the table: field, criterion, very satisfied, satisfied, dissatisfied, forms issued, collected. */
    public record Row(String field, String criterion, int verySatisfied, int satisfied, int dissatisfied, int issued,
            int collected) {

        public String fieldCode() {
            return FIELDS.get(field);
        }
    }

    private Source000() {
    }

    public static List<Row> rows() {
        List<Row> rows = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(
                Source000.class.getResourceAsStream("/demo/binh-duong-h1.csv"), StandardCharsets.UTF_8))) {
            reader.readLine();
            String line;
            while ((line = reader.readLine()) != null) {
                if (!line.isBlank()) {
                    String[] c = line.split(",");
                    rows.add(new Row(c[0], c[1], Integer.parseInt(c[2]), Integer.parseInt(c[3]), Integer.parseInt(c[4]),
                            Integer.parseInt(c[5]), Integer.parseInt(c[6])));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rows;
    }

    /**
     * Inserts responses (dated in the first half of 2024) whose per-criterion counts are the table's,
     * and one batch of paper forms per field with the table's forms issued.
     */
    public static void insert(JdbcTemplate jdbc, RunningCampaign campaign) {
        Map<String, List<Row>> byField = new LinkedHashMap<>();
        rows().forEach(row -> byField.computeIfAbsent(row.fieldCode(), f -> new ArrayList<>()).add(row));
        int first = 1;
        for (Map.Entry<String, List<Row>> field : byField.entrySet()) {
            List<Row> criteria = field.getValue();
            for (int i = 0; i < criteria.get(0).collected(); i++) {
                int[] levels = new int[criteria.size()];
                for (int c = 0; c < criteria.size(); c++) {
                    Row row = criteria.get(c);
                    levels[c] = i < row.verySatisfied() ? 1 : i < row.verySatisfied() + row.satisfied() ? 2 : 3;
                }
                TestResponses.insert(jdbc, campaign, field.getKey(), LocalDate.of(2024, 1, 2).plusDays(i % 150), levels);
            }
            jdbc.update("INSERT INTO paper_form_batch (campaign_id, commune_code, field_id, first_number, form_count, "
                    + "issued_on, created_by, created_at) VALUES (?, ?, (SELECT id FROM service_field WHERE code = ?), "
                    + "?, ?, '2024-01-02', 'test', NOW())", campaign.id(), campaign.communeCode(), field.getKey(), first,
                    criteria.get(0).issued());
            first += criteria.get(0).issued();
        }
    }
}
