// Signature stub of jenkinsci/json-lib (org.kohsuke.stapler:json-lib 2.4-jenkins-15, as managed by
// jenkins-2.541.3's bom), src/main/java/net/sf/json/JSONObject.java. Type only (passed through).
// Omitted: supertype AbstractJSON and interfaces JSON, Map<String, Object>, Comparable.
package net.sf.json;

public final class JSONObject {
    private JSONObject() {
        throw new UnsupportedOperationException("stub");
    }
}
