// Signature stub of jenkinsci/jenkins-test-harness (tag 2578.v44660312fd37, the version plugin parent 6.2221 manages),
// src/main/java/org/jvnet/hudson/test/MockAuthorizationStrategy.java. Only what the Obra tests use; bodies throw.
// Never packaged.
package org.jvnet.hudson.test;

import hudson.security.AuthorizationStrategy;
import hudson.security.Permission;

public class MockAuthorizationStrategy extends AuthorizationStrategy {
    public MockAuthorizationStrategy() {
        throw new UnsupportedOperationException("stub");
    }

    public Grant grant(Permission... permissions) {
        throw new UnsupportedOperationException("stub");
    }

    public class Grant {
        public GrantOn everywhere() {
            throw new UnsupportedOperationException("stub");
        }

        public GrantOn onRoot() {
            throw new UnsupportedOperationException("stub");
        }

        public class GrantOn {
            public MockAuthorizationStrategy to(String... sids) {
                throw new UnsupportedOperationException("stub");
            }

            public MockAuthorizationStrategy toEveryone() {
                throw new UnsupportedOperationException("stub");
            }

            public MockAuthorizationStrategy toAuthenticated() {
                throw new UnsupportedOperationException("stub");
            }
        }
    }
}
