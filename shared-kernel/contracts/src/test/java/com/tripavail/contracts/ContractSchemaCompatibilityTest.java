package com.tripavail.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Collection;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The committed JSON schema of each contract is what consumers were promised. A record may
 * add fields (additive change within a version) but never drop or retype one the schema
 * names; changing that needs a new version and a new schema file.
 */
class ContractSchemaCompatibilityTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    static Stream<Class<?>> contracts() {
        return ContractCatalog.ALL.stream();
    }

    @ParameterizedTest
    @MethodSource("contracts")
    void everyPublishedFieldStillExistsWithItsType(Class<?> contract) throws IOException {
        JsonNode schema = schemaOf(contract);
        Map<String, Class<?>> components = componentsOf(contract);

        for (Map.Entry<String, JsonNode> property : schema.get("properties").properties()) {
            String name = property.getKey();
            assertThat(components).as("%s still has field '%s'", contract.getSimpleName(), name)
                    .containsKey(name);
            assertThat(jsonTypeOf(components.get(name)))
                    .as("%s.%s keeps its JSON type", contract.getSimpleName(), name)
                    .isIn(declaredTypes(property.getValue()));
        }
    }

    @ParameterizedTest
    @MethodSource("contracts")
    void everyRecordFieldIsDescribedInTheSchema(Class<?> contract) throws IOException {
        Set<String> described = new HashSet<>();
        schemaOf(contract).get("properties").propertyNames().forEach(described::add);
        assertThat(described).as("schema of %s describes every field", contract.getSimpleName())
                .containsAll(componentsOf(contract).keySet());
    }

    @ParameterizedTest
    @MethodSource("contracts")
    void requiredFieldsAreNeverNullInASample(Class<?> contract) throws IOException {
        JsonNode schema = schemaOf(contract);
        for (JsonNode required : schema.get("required")) {
            assertThat(declaredTypes(schema.get("properties").get(required.asString())))
                    .as("required field %s of %s is not nullable", required.asString(), contract.getSimpleName())
                    .doesNotContain("null");
        }
    }

    @org.junit.jupiter.api.Test
    void envelopeSchemaMatchesTheEnvelopeRecord() throws IOException {
        JsonNode schema = read("contracts/schemas/envelope.v1.json");
        assertThat(componentsOf(EventEnvelope.class).keySet())
                .containsExactlyInAnyOrderElementsOf(schema.get("properties").propertyNames());
    }

    private static JsonNode schemaOf(Class<?> contract) throws IOException {
        EventContract meta = ContractJson.contractOf(contract);
        return read("contracts/schemas/" + meta.type() + ".v" + meta.version() + ".json");
    }

    private static JsonNode read(String resource) throws IOException {
        try (InputStream in = ContractSchemaCompatibilityTest.class.getClassLoader().getResourceAsStream(resource)) {
            assertThat(in).as("schema file %s exists", resource).isNotNull();
            return JSON.readTree(in);
        }
    }

    private static Map<String, Class<?>> componentsOf(Class<?> record) {
        Map<String, Class<?>> components = new java.util.LinkedHashMap<>();
        for (RecordComponent component : record.getRecordComponents()) {
            components.put(component.getName(), component.getType());
        }
        return components;
    }

    private static Set<String> declaredTypes(JsonNode property) {
        JsonNode type = property.get("type");
        Set<String> types = new HashSet<>();
        if (type.isArray()) {
            type.forEach(t -> types.add(t.asString()));
        } else {
            types.add(type.asString());
        }
        return types;
    }

    private static String jsonTypeOf(Class<?> type) {
        if (type == String.class || type.isEnum() || type == Instant.class || type == LocalDate.class
                || type == LocalTime.class) {
            return "string";
        }
        if (type == int.class || type == long.class || type == Integer.class || type == Long.class) {
            return "integer";
        }
        if (type == BigDecimal.class || type == double.class) {
            return "number";
        }
        if (type == boolean.class || type == Boolean.class) {
            return "boolean";
        }
        if (Collection.class.isAssignableFrom(type) || type.isArray()) {
            return "array";
        }
        return "object";
    }
}
