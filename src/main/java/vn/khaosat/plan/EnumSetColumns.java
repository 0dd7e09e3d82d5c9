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

    /** Converts one enum's sets; Hibernate needs a class per attribute type. */
    abstract static class SetConverter<E extends Enum<E>> implements AttributeConverter<Set<E>, String> {
        private final Class<E> type;

        SetConverter(Class<E> type) {
            this.type = type;
        }

        @Override
        public String convertToDatabaseColumn(Set<E> values) {
            return write(values);
        }

        @Override
        public Set<E> convertToEntityAttribute(String column) {
            return read(column, type);
        }
    }

    @Converter
    static class Channels extends SetConverter<Channel> {
        Channels() {
            super(Channel.class);
        }
    }

    @Converter
    static class PeriodTypes extends SetConverter<PeriodType> {
        PeriodTypes() {
            super(PeriodType.class);
        }
    }
}
