// Signature stub of jenkinsci/jenkins-test-harness (tag 2578.v44660312fd37, the version plugin parent 6.2221 manages),
// src/main/java/org/jvnet/hudson/test/JenkinsRule.java. Only what the Obra tests use; omitted interfaces
// TestRule, MethodRule, RootAction and the configRoundtrip overloads for Publisher, ComputerConnector, User,
// View and Cloud; WebClient's getPage(Node|View) overloads.
package org.jvnet.hudson.test;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import hudson.EnvVars;
import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.model.FreeStyleBuild;
import hudson.model.FreeStyleProject;
import hudson.model.Item;
import hudson.model.Label;
import hudson.model.Node;
import hudson.model.Result;
import hudson.model.Run;
import hudson.model.TopLevelItem;
import hudson.slaves.DumbSlave;
import hudson.tasks.Builder;
import java.io.IOException;
import java.util.List;
import java.util.concurrent.Future;
import jenkins.model.Jenkins;
import org.htmlunit.html.HtmlPage;
import org.xml.sax.SAXException;

public class JenkinsRule {
    public Jenkins jenkins;

    public JenkinsRule() {
        throw new UnsupportedOperationException("stub");
    }

    public Jenkins getInstance() {
        throw new UnsupportedOperationException("stub");
    }

    public <T extends TopLevelItem> T createProject(Class<T> type, String name) throws IOException {
        throw new UnsupportedOperationException("stub");
    }

    public <T extends TopLevelItem> T createProject(Class<T> type) throws IOException {
        throw new UnsupportedOperationException("stub");
    }

    public FreeStyleProject createFreeStyleProject() throws IOException {
        throw new UnsupportedOperationException("stub");
    }

    public FreeStyleProject createFreeStyleProject(String name) throws IOException {
        throw new UnsupportedOperationException("stub");
    }

    public DumbSlave createOnlineSlave() throws Exception {
        throw new UnsupportedOperationException("stub");
    }

    public DumbSlave createOnlineSlave(@CheckForNull Label l) throws Exception {
        throw new UnsupportedOperationException("stub");
    }

    public DumbSlave createOnlineSlave(@CheckForNull Label l, @CheckForNull EnvVars env) throws Exception {
        throw new UnsupportedOperationException("stub");
    }

    public void configRoundtrip() throws Exception {
        throw new UnsupportedOperationException("stub");
    }

    public <P extends Item> P configRoundtrip(P job) throws Exception {
        throw new UnsupportedOperationException("stub");
    }

    public <B extends Builder> B configRoundtrip(B before) throws Exception {
        throw new UnsupportedOperationException("stub");
    }

    public <N extends Node> N configRoundtrip(N node) throws Exception {
        throw new UnsupportedOperationException("stub");
    }

    public <R extends Run> R assertBuildStatus(Result status, R r) throws Exception {
        throw new UnsupportedOperationException("stub");
    }

    public <R extends Run> R assertBuildStatus(Result status, Future<? extends R> r) throws Exception {
        throw new UnsupportedOperationException("stub");
    }

    public <R extends Run> R assertBuildStatusSuccess(R r) throws Exception {
        throw new UnsupportedOperationException("stub");
    }

    public <R extends Run> R assertBuildStatusSuccess(Future<? extends R> r) throws Exception {
        throw new UnsupportedOperationException("stub");
    }

    public void assertLogContains(String substring, Run run) throws IOException {
        throw new UnsupportedOperationException("stub");
    }

    public void assertLogNotContains(String substring, Run run) throws IOException {
        throw new UnsupportedOperationException("stub");
    }

    public static String getLog(Run run) throws IOException {
        throw new UnsupportedOperationException("stub");
    }

    public <R extends Run<?, ?>> R waitForCompletion(R r) throws InterruptedException {
        throw new UnsupportedOperationException("stub");
    }

    public <R extends Run<?, ?>> R waitForMessage(String message, R r) throws IOException, InterruptedException {
        throw new UnsupportedOperationException("stub");
    }

    public void assertEqualDataBoundBeans(Object lhs, Object rhs) throws Exception {
        throw new UnsupportedOperationException("stub");
    }

    public void assertEqualDataBoundBeans(List<?> lhs, List<?> rhs) throws Exception {
        throw new UnsupportedOperationException("stub");
    }

    public void waitUntilNoActivity() throws Exception {
        throw new UnsupportedOperationException("stub");
    }

    public FreeStyleBuild buildAndAssertSuccess(@NonNull FreeStyleProject job) throws Exception {
        throw new UnsupportedOperationException("stub");
    }

    public DummySecurityRealm createDummySecurityRealm() {
        throw new UnsupportedOperationException("stub");
    }

    public WebClient createWebClient() {
        throw new UnsupportedOperationException("stub");
    }

    /** The real one extends AbstractPasswordBasedSecurityRealm (omitted here). */
    public static class DummySecurityRealm extends hudson.security.SecurityRealm {
        DummySecurityRealm() {
            throw new UnsupportedOperationException("stub");
        }
    }

    public class WebClient extends org.htmlunit.WebClient {
        public WebClient() {
            throw new UnsupportedOperationException("stub");
        }

        public WebClient login(String username, String password) throws Exception {
            throw new UnsupportedOperationException("stub");
        }

        public WebClient login(String username) throws Exception {
            throw new UnsupportedOperationException("stub");
        }

        public void setJavaScriptEnabled(boolean enabled) {
            throw new UnsupportedOperationException("stub");
        }

        public WebClient withJavaScriptEnabled(boolean enabled) {
            throw new UnsupportedOperationException("stub");
        }

        public WebClient withThrowExceptionOnFailingStatusCode(boolean enabled) {
            throw new UnsupportedOperationException("stub");
        }

        public HtmlPage getPage(Run r) throws IOException, SAXException {
            throw new UnsupportedOperationException("stub");
        }

        public HtmlPage getPage(Run r, String relative) throws IOException, SAXException {
            throw new UnsupportedOperationException("stub");
        }

        public HtmlPage getPage(Item item) throws IOException, SAXException {
            throw new UnsupportedOperationException("stub");
        }

        public HtmlPage getPage(Item item, String relative) throws IOException, SAXException {
            throw new UnsupportedOperationException("stub");
        }

        public HtmlPage goTo(String relative) throws IOException, SAXException {
            throw new UnsupportedOperationException("stub");
        }

        public void assertFails(String url, int statusCode) throws Exception {
            throw new UnsupportedOperationException("stub");
        }
    }
}
