// Signature stub of jenkinsci/jenkins (tag jenkins-2.541.3), core/src/main/java/hudson/model/AbstractDescribableImpl.java.
// Only what the Obra plugin and its tests use; bodies throw. Never packaged.
package hudson.model;

@Deprecated(since = "2.505")
public abstract class AbstractDescribableImpl<T extends AbstractDescribableImpl<T>> implements Describable<T> {
}
