// Signature stub of jenkinsci/jenkins (tag jenkins-2.541.3), core/src/main/java/hudson/model/Label.java.
// Only what the Obra plugin and its tests use; bodies throw. Never packaged. Omitted interfaces: Comparable<Label>, ModelObjectWithChildren.
package hudson.model;


public abstract class Label extends Actionable {
    public static Label get(String l) {
        throw new UnsupportedOperationException("stub");
    }
}
