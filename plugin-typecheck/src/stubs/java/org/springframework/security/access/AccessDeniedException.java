// Signature stub of spring-projects/spring-security (6.5.7, the version jenkins-2.541.3's bom imports),
// access/src/main/java/org/springframework/security/access/AccessDeniedException.java (unchecked).
package org.springframework.security.access;

public class AccessDeniedException extends RuntimeException {
    public AccessDeniedException(String msg) {
        throw new UnsupportedOperationException("stub");
    }
}
