// Signature stub of spring-projects/spring-security (6.5.7, the version jenkins-2.541.3's bom imports),
// core/src/main/java/org/springframework/security/core/Authentication.java. Type only.
// Omitted: supertype java.security.Principal's and Serializable's members beyond getName.
package org.springframework.security.core;

import java.io.Serializable;
import java.security.Principal;

public interface Authentication extends Principal, Serializable {
}
