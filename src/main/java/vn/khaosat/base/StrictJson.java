package vn.khaosat.base;

import org.springframework.boot.autoconfigure.jackson.Jackson2ObjectMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.type.LogicalType;

/**
 * The JSON every API reads is exactly the documented shape: an unknown or repeated property, text
 * after the document, a number where a text or a choice is expected, a text or a fraction where a
 * whole number is, or a missing number is refused (400), never guessed. A kiosk that sends
 * {@code "level": 4.6} has a bug to fix, not a 4 to store.
 */
@Configuration
class StrictJson {

    @Bean
    Jackson2ObjectMapperBuilderCustomizer strictJsonInput() {
        return builder -> builder
                .featuresToEnable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES,
                        DeserializationFeature.FAIL_ON_TRAILING_TOKENS,
                        DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS,
                        DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES,
                        DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY,
                        JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
                .featuresToDisable(DeserializationFeature.ACCEPT_FLOAT_AS_INT, MapperFeature.ALLOW_COERCION_OF_SCALARS)
                .postConfigurer(mapper -> {
                    for (CoercionInputShape shape : new CoercionInputShape[] {CoercionInputShape.Integer,
                            CoercionInputShape.Float, CoercionInputShape.Boolean}) {
                        mapper.coercionConfigFor(LogicalType.Textual).setCoercion(shape, CoercionAction.Fail);
                        mapper.coercionConfigFor(LogicalType.Enum).setCoercion(shape, CoercionAction.Fail);
                    }
                    for (LogicalType type : new LogicalType[] {LogicalType.Integer, LogicalType.Float,
                            LogicalType.Boolean, LogicalType.Enum, LogicalType.DateTime}) {
                        mapper.coercionConfigFor(type).setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail);
                    }
                    mapper.coercionConfigFor(LogicalType.Integer).setCoercion(CoercionInputShape.Float,
                            CoercionAction.Fail);
                    mapper.coercionConfigFor(LogicalType.Integer).setCoercion(CoercionInputShape.String,
                            CoercionAction.Fail);
                });
    }
}
