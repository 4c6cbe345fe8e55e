package io.jenkins.plugins.obra.util;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import hudson.ExtensionList;
import hudson.model.Descriptor;
import hudson.model.Item;
import hudson.security.Permission;
import jenkins.model.Jenkins;
import okhttp3.OkHttpClient;

import java.io.File;
import java.util.List;

/**
 * Every call to the running Jenkins instance goes through here, so that the rest of the plugin names what
 * it needs from Jenkins in one place (and an architecture test can forbid {@code Jenkins.get()} elsewhere).
 */
public class JenkinsFacade {

    /** Whether the current user has {@code permission} on Jenkins itself. */
    public boolean hasPermission(final Permission permission) {
        return Jenkins.get().hasPermission(permission);
    }

    /** Whether the current user has {@code permission} on {@code item}, or on Jenkins when there is no item. */
    public boolean hasPermission(final Permission permission, @CheckForNull final Item item) {
        return item == null ? hasPermission(permission) : item.hasPermission(permission);
    }

    /**
     * Whether the current user may list and choose credentials in {@code item} (the credentials plugin's
     * consumer guide): {@code Item.EXTENDED_READ} or {@code Credentials.UseItem} on the item, or
     * {@code Overall.Administer} where there is no item (global configuration).
     */
    public boolean hasPermissionToChooseCredentials(@CheckForNull final Item item) {
        if (item == null) {
            return hasPermission(Jenkins.ADMINISTER);
        }
        return item.hasPermission(Item.EXTENDED_READ)
                || item.hasPermission(com.cloudbees.plugins.credentials.CredentialsProvider.USE_ITEM);
    }

    /**
     * Throws unless the current user may configure {@code item}, or administer Jenkins where there is no
     * item: the precondition of anything that sends a key to an endpoint typed into a form.
     */
    public void checkPermissionToConfigure(@CheckForNull final Item item) {
        if (item == null) {
            Jenkins.get().checkPermission(Jenkins.ADMINISTER);
        } else {
            item.checkPermission(Item.CONFIGURE);
        }
    }

    /** Throws {@code AccessDeniedException} (HTTP 403) unless the current user has {@code permission} on Jenkins. */
    public void checkPermission(final Permission permission) {
        Jenkins.get().checkPermission(permission);
    }

    /** The registered implementations of an extension point, in ordinal order. */
    public <T> List<T> getExtensionList(final Class<T> type) {
        return ExtensionList.lookup(type);
    }

    /** {@code $JENKINS_HOME}. */
    public File getRootDir() {
        return Jenkins.get().getRootDir();
    }

    /** The singleton instance of an {@code @Extension} class. */
    public <T> T lookupSingleton(final Class<T> type) {
        return ExtensionList.lookupSingleton(type);
    }

    /** The shared, proxy-aware HTTP client. */
    public OkHttpClient getHttpClient() {
        return lookupSingleton(ObraHttpClient.class).get();
    }

    /** The descriptor singleton of the given type. */
    public <T extends Descriptor<?>> T getDescriptorByType(final Class<T> type) {
        return Jenkins.get().getDescriptorByType(type);
    }
}
