package io.obra.config;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;

import java.io.IOException;

/**
 * Reads one YAML document into a tree with Jackson, refusing duplicate keys and further documents. Parse
 * errors are reported with SnakeYAML's short problem text and position only: its full message quotes the
 * offending line, which may hold a literal API key.
 */
final class YamlParser {

    /** Configured once here and never changed afterwards. A key without a value ({@code gate:}) reads as null,
     *  i.e. "not set", as in every other YAML tool. */
    private static final ObjectMapper MAPPER = new YAMLMapper(YAMLFactory.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(YAMLParser.Feature.EMPTY_STRING_AS_NULL)
            .build());

    private YamlParser() {
    }

    /** The tree of {@code text}; an empty document gives an empty map. */
    static JsonNode parse(final String name, final String text) throws ConfigException {
        try (JsonParser parser = MAPPER.createParser(text)) {
            JsonNode tree = MAPPER.readTree(parser);
            if (parser.nextToken() != null) {
                throw new ConfigException(new ConfigProblem(name, location(parser.currentLocation()), "",
                        "a second YAML document (---) follows; .obra.yml holds one document"));
            }
            if (tree == null || tree.isMissingNode() || tree.isNull() || tree.isTextual() && tree.asText().isEmpty()) {
                return JsonNodeFactory.instance.objectNode();
            }
            return tree;
        } catch (JsonProcessingException e) {
            throw new ConfigException(describe(name, e));
        } catch (IOException e) {
            throw new ConfigException(ConfigProblem.at(name, "", "cannot read YAML: " + e.getClass().getSimpleName()));
        }
    }

    private static ConfigProblem describe(final String name, final JsonProcessingException e) {
        if (e.getCause() instanceof MarkedYAMLException yaml) {
            Mark mark = yaml.getProblemMark();
            String where = mark == null ? location(e.getLocation())
                    : "line " + (mark.getLine() + 1) + ", column " + (mark.getColumn() + 1);
            String problem = yaml.getProblem() == null ? "malformed YAML" : yaml.getProblem();
            return new ConfigProblem(name, where, "", "malformed YAML: " + problem);
        }
        String original = e.getOriginalMessage() == null ? "malformed YAML" : e.getOriginalMessage();
        if (original.startsWith("Duplicate field") && e.getProcessor() instanceof JsonParser parser) {
            return new ConfigProblem(name, location(e.getLocation()), pathOf(parser.getParsingContext().pathAsPointer()),
                    "duplicate key; each key may appear once per map");
        }
        return new ConfigProblem(name, location(e.getLocation()), "", "malformed YAML: " + original);
    }

    private static String location(final JsonLocation location) {
        if (location == null || location.getLineNr() < 1) {
            return "";
        }
        return "line " + location.getLineNr() + ", column " + location.getColumnNr();
    }

    /** {@code /rubric/criteria/0/name} → {@code rubric.criteria[0].name}. */
    private static String pathOf(final JsonPointer pointer) {
        StringBuilder path = new StringBuilder();
        for (JsonPointer p = pointer; p != null && !p.matches(); p = p.tail()) {
            if (p.mayMatchElement()) {
                path.append('[').append(p.getMatchingIndex()).append(']');
            } else {
                if (path.length() > 0) {
                    path.append('.');
                }
                path.append(p.getMatchingProperty());
            }
        }
        return path.toString();
    }
}
