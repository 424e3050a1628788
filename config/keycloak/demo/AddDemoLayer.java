import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.File;
import java.io.IOException;
import java.util.Map;

/**
 * The demo realm: the production realm file with the demo layer's lists appended (users and organizations),
 * written where Keycloak imports it. The demo layer may only add list entries, never change a setting of the
 * production realm, so the demo runs by the production realm's rules (password policy, brute-force detection,
 * redirect addresses, the service account's permissions).
 * <p>
 * Run by {@code config/run-portal.sh} and by the browser tests, with Keycloak's own Jackson on the class path:
 * {@code java -cp <keycloak>/lib/lib/main/com.fasterxml.jackson.core.*.jar AddDemoLayer.java realm demo out}
 */
class AddDemoLayer {

    public static void main(String[] args) throws IOException {
        if (args.length != 3) {
            System.err.println("usage: AddDemoLayer <production realm.json> <demo layer.json> <demo realm.json>");
            System.exit(2);
        }
        ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        ObjectNode realm = (ObjectNode) json.readTree(new File(args[0]));
        JsonNode layer = json.readTree(new File(args[1]));
        if (!realm.path("realm").equals(layer.path("realm"))) {
            throw new IllegalArgumentException("the demo layer is for realm " + layer.path("realm")
                    + ", the realm file is " + realm.path("realm"));
        }
        for (Map.Entry<String, JsonNode> field : layer.properties()) {
            if (field.getKey().equals("realm")) {
                continue;
            }
            if (!field.getValue().isArray()) {
                throw new IllegalArgumentException("the demo layer may only add list entries, not set "
                        + field.getKey());
            }
            JsonNode existing = realm.path(field.getKey());
            ArrayNode merged = existing.isArray() ? (ArrayNode) existing : realm.putArray(field.getKey());
            merged.addAll((ArrayNode) field.getValue());
        }
        json.writeValue(new File(args[2]), realm);
    }
}
