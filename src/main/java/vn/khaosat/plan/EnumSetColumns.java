package vn.khaosat.plan;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** Small sets of enum values stored as one comma-separated column. */
final class EnumSetColumns {

    private EnumSetColumns() {
    }

    static <E extends Enum<E>> String write(Set<E> values) {
        return values == null ? "" : values.stream().map(Enum::name).sorted().collect(Collectors.joining(","));
    }

    static <E extends Enum<E>> Set<E> read(String column, Class<E> type) {
        EnumSet<E> values = EnumSet.noneOf(type);
        if (column != null && !column.isBlank()) {
            Arrays.stream(column.split(",")).map(name -> Enum.valueOf(type, name.strip())).forEach(values::add);
        }
        return values;
    }

    @Converter
    static class Channels implements AttributeConverter<Set<Channel>, String> {
        @Override
        public String convertToDatabaseColumn(Set<Channel> values) {
            return write(values);
        }

        @Override
        public Set<Channel> convertToEntityAttribute(String column) {
            return read(column, Channel.class);
        }
    }

    @Converter
    static class PeriodTypes implements AttributeConverter<Set<PeriodType>, String> {
        @Override
        public String convertToDatabaseColumn(Set<PeriodType> values) {
            return write(values);
        }

        @Override
        public Set<PeriodType> convertToEntityAttribute(String column) {
            return read(column, PeriodType.class);
        }
    }
}
