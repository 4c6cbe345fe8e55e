package io.obra.config;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Which layer set a key path of the merged tree: the highest layer that has it. */
final class LayerOrigins {

    private static final Pattern SEGMENT = Pattern.compile("([^.\\[\\]]+)|\\[(\\d+)]");

    private final List<ConfigSource> layers;

    LayerOrigins(final List<ConfigSource> layersLowestFirst) {
        this.layers = List.copyOf(layersLowestFirst);
    }

    /** The layer's name, or the names of all layers (e.g. {@code .obra.yml + step parameters}) when none set it. */
    String sourceOf(final String path) {
        for (int i = layers.size() - 1; i >= 0; i--) {
            if (!path.isEmpty() && has(layers.get(i).tree(), path)) {
                return layers.get(i).name();
            }
        }
        return layers.isEmpty() ? "configuration"
                : String.join(" + ", layers.stream().map(ConfigSource::name).toList());
    }

    private static boolean has(final JsonNode tree, final String path) {
        JsonNode node = tree;
        Matcher segment = SEGMENT.matcher(path);
        while (segment.find() && node != null) {
            node = segment.group(1) != null ? node.get(segment.group(1)) : node.get(Integer.parseInt(segment.group(2)));
        }
        return node != null && !node.isNull();
    }
}
