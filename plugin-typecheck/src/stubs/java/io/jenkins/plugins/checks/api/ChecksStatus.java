// Signature stub of jenkinsci/checks-api-plugin (tag 415.vf022234a_931d, as managed by bom-2.541.x 6916.v15ec97679743;
// checked with javap against checks-api 402.vca_263b_f200e3, whose signatures of these classes are the same),
// src/main/java/io/jenkins/plugins/checks/api/ChecksStatus.java. Never packaged.
package io.jenkins.plugins.checks.api;

public enum ChecksStatus {
    NONE, QUEUED, IN_PROGRESS, COMPLETED
}
