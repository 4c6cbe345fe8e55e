package io.obra.architecture;

import java.util.Map;

/** Java sources that break one architecture rule each (plus clean ones), compiled by {@link ArchitectureRulesCanFailTest}. */
final class ViolationFixtures {

    static final Map<String, String> SOURCES = Map.ofEntries(
            // stand-ins for the Jenkins types obra-core must never see
            Map.entry("hudson/model/Run.java", "package hudson.model; public class Run {}"),
            Map.entry("jenkins/model/Jenkins.java", "package jenkins.model; public class Jenkins {}"),
            Map.entry("org/jenkinsci/plugins/workflow/steps/Step.java",
                    "package org.jenkinsci.plugins.workflow.steps; public class Step {}"),
            Map.entry("org/kohsuke/stapler/StaplerRequest.java", "package org.kohsuke.stapler; public class StaplerRequest {}"),
            Map.entry("com/cloudbees/plugins/credentials/Credentials.java",
                    "package com.cloudbees.plugins.credentials; public class Credentials {}"),
            fixture("UsesHudson", "class UsesHudson { hudson.model.Run run; }"),
            fixture("UsesJenkins", "class UsesJenkins { Object get() { return new jenkins.model.Jenkins(); } }"),
            fixture("UsesJenkinsci", "class UsesJenkinsci { void run(org.jenkinsci.plugins.workflow.steps.Step step) {} }"),
            fixture("UsesKohsuke", "class UsesKohsuke { org.kohsuke.stapler.StaplerRequest request; }"),
            fixture("UsesCloudbees", "class UsesCloudbees { com.cloudbees.plugins.credentials.Credentials credentials; }"),
            fixture("ReadsFieldReflectively", "class ReadsFieldReflectively { Object read(Object o) throws Exception {"
                    + " java.lang.reflect.Field f = o.getClass().getDeclaredField(\"x\"); f.setAccessible(true);"
                    + " return f.get(o); } }"),
            fixture("LoadsClassByName", "class LoadsClassByName { Class<?> load() throws ClassNotFoundException {"
                    + " return Class.forName(\"x.Y\"); } }"),
            fixture("PrintsToStdout", "class PrintsToStdout { void log(String line) { System.out.println(line); } }"),
            fixture("PrintsToStderr", "class PrintsToStderr { void log(String line) { System.err.println(line); } }"),
            fixture("PrintsStackTrace", "class PrintsStackTrace { void log(IllegalStateException e) { e.printStackTrace(); } }"),
            fixture("ThrowsRuntimeException", "class ThrowsRuntimeException { void fail() {"
                    + " throw new RuntimeException(\"failed\"); } }"),
            fixture("ThrowsException", "class ThrowsException { void fail() throws Exception {"
                    + " throw new Exception(\"failed\"); } }"),
            fixture("ThrowsWithoutMessage", "class ThrowsWithoutMessage { void fail() {"
                    + " throw new IllegalStateException(); } }"),
            fixture("QuietException", "class QuietException extends Exception { QuietException() { } }"),
            fixture("PublicClassTest", "public class PublicClassTest { @org.junit.jupiter.api.Test void works() {} }"),
            fixture("PublicMethodTest", "class PublicMethodTest { @org.junit.jupiter.api.Test public void works() {} }"),
            fixture("CleanException", "class CleanException extends Exception {"
                    + " CleanException(String message, Throwable cause) { super(message, cause); } }"),
            fixture("CleanCode", "class CleanCode { void check(int n) { if (n < 0) {"
                    + " throw new IllegalArgumentException(\"n must be >= 0, got \" + n); } } }"),
            fixture("CleanTest", "class CleanTest { @org.junit.jupiter.api.Test void works() {} }"));

    private ViolationFixtures() {
    }

    private static Map.Entry<String, String> fixture(final String name, final String body) {
        return Map.entry("io/obra/fixture/" + name + ".java", "package io.obra.fixture;\n" + body + "\n");
    }
}
