// Signature stub of jenkinsci/jenkins (tag jenkins-2.541.3), core/src/main/java/hudson/util/PersistedList.java.
// Only what the Obra plugin and its tests use; bodies throw. Never packaged.
package hudson.util;

import java.util.AbstractList;
import java.util.List;

public class PersistedList<T> extends AbstractList<T> {
    protected PersistedList() {
        throw new UnsupportedOperationException("stub");
    }

    @Override
    public T get(int index) {
        throw new UnsupportedOperationException("stub");
    }

    @Override
    public int size() {
        throw new UnsupportedOperationException("stub");
    }

    @Override
    public boolean add(T item) {
        throw new UnsupportedOperationException("stub");
    }

    public List<T> toList() {
        throw new UnsupportedOperationException("stub");
    }
}
