package io.obra.cost;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.obra.config.PricingSettings.ModelPrice;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The price list Obra ships: USD per one million tokens for the OpenAI models users pin, with the
 * date the prices were read and where from. Lookups are by exact model id; an alias resolves only
 * when the table lists it.
 *
 * @param asOf   the date the prices were read
 * @param source where they were read
 * @param models model id to price
 */
public record PriceTable(LocalDate asOf, String source, Map<String, ModelPrice> models) {

    /** The dated resource on the class path. */
    public static final String RESOURCE = "/io/obra/cost/prices-2026-07.json";

    public PriceTable {
        Objects.requireNonNull(asOf, "asOf");
        Objects.requireNonNull(source, "source");
        models = Map.copyOf(models);
    }

    /** The table shipped with this version of Obra. */
    public static PriceTable shipped() {
        try (InputStream in = PriceTable.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the price table " + RESOURCE + " is missing from the obra-core jar");
            }
            return parse(new ObjectMapper().readTree(in));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the price table " + RESOURCE, e);
        }
    }

    static PriceTable parse(final JsonNode root) {
        Map<String, ModelPrice> models = new TreeMap<>();
        for (Map.Entry<String, JsonNode> field : root.path("models").properties()) {
            JsonNode price = field.getValue();
            models.put(field.getKey(), new ModelPrice(price.path("input").asDouble(),
                    price.path("cachedInput").asDouble(price.path("input").asDouble()),
                    price.path("output").asDouble()));
        }
        return new PriceTable(LocalDate.parse(root.path("asOf").asText()), root.path("source").asText(), models);
    }

    /** The price of exactly this model id. */
    public Optional<ModelPrice> price(final String model) {
        return Optional.ofNullable(models.get(model));
    }
}
