package vn.khaosat.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZonedDateTime;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import vn.khaosat.base.AppTime;

class PublicationCalendarTest {

    @Test
    void every_month_publishes_on_the_28th_and_the_quarter_half_year_and_year_ride_along() {
        List<Publication> calendar = PublicationCalendar.of(2024, 14);

        assertThat(calendar).hasSize(12);
        assertThat(calendar).extracting(Publication::date)
                .allMatch(d -> d.getDayOfMonth() == 28 && d.getYear() == 2024);
        assertThat(calendar.get(2).periods()).extracting(Period::code).containsExactly("2024-03", "2024-Q1");
        assertThat(calendar.get(5).periods()).extracting(Period::code).containsExactly("2024-06", "2024-H1");
        assertThat(calendar.get(8).periods()).extracting(Period::code).containsExactly("2024-09", "2024-Q3");
        assertThat(calendar.get(11).periods()).extracting(Period::code).containsExactly("2024-12", "2024-Y");
        assertThat(calendar.get(3).periods()).extracting(Period::code).containsExactly("2024-04");
        assertThat(calendar.get(2).mainPeriod().nameVi()).isEqualTo("quý I/2024");
        assertThat(PublicationCalendar.publishing(calendar, PeriodType.QUARTER_III)).extracting(Publication::date)
                .containsExactly(LocalDate.of(2024, 9, 28));
    }

    @Test
    void windows_with_the_default_cut_off_follow_decree_09_2019() {
        List<Publication> calendar = PublicationCalendar.of(2024, PublicationCalendar.DEFAULT_CUT_OFF_DAY);

        assertWindow(calendar.get(0).periods().get(0), "2023-12-15", "2024-01-14");
        assertWindow(calendar.get(2).periods().get(0), "2024-02-15", "2024-03-14");
        assertWindow(calendar.get(2).periods().get(1), "2023-12-15", "2024-03-14");
        assertWindow(calendar.get(5).periods().get(1), "2023-12-15", "2024-06-14");
        assertWindow(calendar.get(8).periods().get(1), "2024-06-15", "2024-09-14");
        assertWindow(calendar.get(11).periods().get(1), "2023-12-15", "2024-12-14");
    }

    @Test
    void work_opens_the_day_after_the_cut_off_at_seven_and_publication_is_at_eight_in_vietnam() {
        Publication march = PublicationCalendar.of(2024, 14).get(2);

        assertThat(march.workOpensAt()).isEqualTo(ZonedDateTime.of(2024, 3, 15, 7, 0, 0, 0, AppTime.ZONE));
        assertThat(march.publishAt()).isEqualTo(ZonedDateTime.of(2024, 3, 28, 8, 0, 0, 0, AppTime.ZONE));
        // 08:00 in Hà Nội is 01:00 UTC, whatever zone the server runs in
        assertThat(march.publishAt().toInstant().toString()).isEqualTo("2024-03-28T01:00:00Z");
    }

    @Test
    void february_windows_close_before_the_28th_in_leap_and_common_years() {
        for (int year : new int[] {2024, 2025, 2028, 2029}) {
            Period february = PublicationCalendar.of(year, 27).get(1).periods().get(0);
            assertThat(february.to()).isEqualTo(LocalDate.of(year, 2, 27));
            assertThat(february.from()).isEqualTo(LocalDate.of(year, 1, 28));
        }
        Period leapMarch = PublicationCalendar.of(2028, 27).get(2).periods().get(0);
        assertThat(leapMarch.from()).isEqualTo(LocalDate.of(2028, 2, 28));
        assertThat(leapMarch.contains(LocalDate.of(2028, 2, 29))).isTrue();
        assertThat(PublicationCalendar.of(2028, 27).get(1).periods().get(0).contains(LocalDate.of(2028, 2, 29)))
                .isFalse();
    }

    @ParameterizedTest
    @ValueSource(ints = {2024, 2025, 2026, 2027, 2028, 2029, 2030})
    void monthly_windows_tile_the_year_without_gap_or_overlap_and_close_before_publication(int year) {
        for (int cutOff : new int[] {1, 14, 27}) {
            List<Publication> calendar = PublicationCalendar.of(year, cutOff);
            LocalDate expectedFrom = LocalDate.of(year - 1, 12, cutOff + 1);
            for (Publication publication : calendar) {
                Period month = publication.periods().get(0);
                assertThat(month.from()).isEqualTo(expectedFrom);
                assertThat(month.to()).isBefore(publication.date());
                assertThat(publication.workOpensAt().toLocalDate()).isEqualTo(month.to().plusDays(1));
                assertThat(publication.workOpensAt()).isBefore(publication.publishAt());
                for (Period period : publication.periods()) {
                    assertThat(period.to()).isEqualTo(month.to());
                }
                expectedFrom = month.to().plusDays(1);
            }
            Period year_ = calendar.get(11).periods().get(1);
            assertThat(year_.from()).isEqualTo(LocalDate.of(year - 1, 12, cutOff + 1));
            assertThat(year_.to()).isEqualTo(LocalDate.of(year, 12, cutOff));
        }
    }

    @Test
    void a_window_edge_belongs_to_exactly_one_month() {
        List<Publication> calendar = PublicationCalendar.of(2025, 14);
        Period march = calendar.get(2).periods().get(0);
        Period april = calendar.get(3).periods().get(0);

        assertThat(march.contains(LocalDate.of(2025, 3, 14))).isTrue();
        assertThat(april.contains(LocalDate.of(2025, 3, 14))).isFalse();
        assertThat(april.contains(LocalDate.of(2025, 3, 15))).isTrue();
        assertThat(march.contains(LocalDate.of(2025, 3, 15))).isFalse();
    }

    @Test
    void a_cut_off_day_outside_1_to_27_is_refused() {
        assertThatThrownBy(() -> PublicationCalendar.of(2024, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> PublicationCalendar.of(2024, 28)).isInstanceOf(IllegalArgumentException.class);
        assertThat(PublicationCalendar.isValidCutOffDay(27)).isTrue();
    }

    @ParameterizedTest(name = "{0} counts in {2} (cut-off {1})")
    @CsvSource({
            "2025-03-14, 14, 2025-03",
            "2025-03-15, 14, 2025-04",
            "2025-12-14, 14, 2025-12",
            "2025-12-15, 14, 2026-01",
            "2025-12-31, 14, 2026-01",
            "2026-01-01, 14, 2026-01",
            "2024-02-29, 14, 2024-03",
            "2024-02-29, 27, 2024-03",
            "2024-02-27, 27, 2024-02",
            "2025-06-01, 1, 2025-06",
            "2025-06-02, 1, 2025-07" })
    void the_decree_09_window_of_a_day(LocalDate day, int cutOffDay, String month) {
        assertThat(PublicationCalendar.windowMonth(day, cutOffDay)).isEqualTo(YearMonth.parse(month));
        // the month's own window holds it, whatever the periods' arithmetic
        Period window = PublicationCalendar.of(YearMonth.parse(month).getYear(), cutOffDay)
                .get(YearMonth.parse(month).getMonthValue() - 1).periods().get(0);
        assertThat(window.contains(day)).isTrue();
    }

    @ParameterizedTest(name = "after {0} the next publication is {1}")
    @CsvSource({
            "2025-03-28T00:59:59Z, 2025-03-28T08:00+07:00",
            "2025-03-28T00:00:00Z, 2025-03-28T08:00+07:00",
            "2025-03-28T01:00:00Z, 2025-04-28T08:00+07:00",
            "2025-03-28T01:00:01Z, 2025-04-28T08:00+07:00",
            "2025-12-28T01:00:00Z, 2026-01-28T08:00+07:00",
            "2025-12-31T17:30:00Z, 2026-01-28T08:00+07:00",
            "2024-02-29T10:00:00Z, 2024-03-28T08:00+07:00",
            "2025-05-27T18:00:00Z, 2025-05-28T08:00+07:00" })
    void the_publication_instant_is_08_00_on_the_28th_in_vietnam(Instant after, String next) {
        ZonedDateTime expected = ZonedDateTime.parse(next);
        assertThat(PublicationCalendar.nextPublicationAfter(after).toInstant()).isEqualTo(expected.toInstant());
        YearMonth month = YearMonth.from(expected.withZoneSameInstant(AppTime.ZONE));
        assertThat(PublicationCalendar.publicationAt(month).toInstant()).isEqualTo(expected.toInstant());
        assertThat(PublicationCalendar.isPublished(month, expected.toInstant())).isTrue();
        assertThat(PublicationCalendar.isPublished(month, expected.toInstant().minusSeconds(1))).isFalse();
        assertThat(PublicationCalendar.of(month.getYear(), 14).get(month.getMonthValue() - 1).publishAt().toInstant())
                .isEqualTo(expected.toInstant());
    }

    private static void assertWindow(Period period, String from, String to) {
        assertThat(period.from()).isEqualTo(LocalDate.parse(from));
        assertThat(period.to()).isEqualTo(LocalDate.parse(to));
    }
}
