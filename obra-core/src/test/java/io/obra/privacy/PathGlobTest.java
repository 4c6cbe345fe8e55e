package io.obra.privacy;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PathGlobTest {

    @Test
    void doubleStarSlashAlsoMatchesAtTheRoot() {
        PathGlob env = PathGlob.compile("**/.env");

        assertThat(env.matches(".env")).isTrue();
        assertThat(env.matches("services/api/.env")).isTrue();
        assertThat(env.matches(".env.local")).isFalse();
        assertThat(env.matches("docs/.environment")).isFalse();
    }

    @Test
    void aTrailingDoubleStarMatchesEverythingBelowADirectoryAnchoredAtTheRoot() {
        PathGlob secrets = PathGlob.compile("secrets/**");

        assertThat(secrets.matches("secrets/prod.yml")).isTrue();
        assertThat(secrets.matches("secrets/a/b/c.json")).isTrue();
        assertThat(secrets.matches("app/secrets/prod.yml")).isFalse();
        assertThat(secrets.matches("secrets.yml")).isFalse();
    }

    @Test
    void aGlobWithoutASlashMatchesTheFileNameAnywhere() {
        PathGlob pem = PathGlob.compile("*.pem");

        assertThat(pem.matches("server.pem")).isTrue();
        assertThat(pem.matches("deploy/certs/server.pem")).isTrue();
        assertThat(pem.matches("deploy/certs/server.pem.txt")).isFalse();
    }

    @Test
    void singleStarsQuestionMarksBracesAndClassesStayWithinASegment() {
        assertThat(PathGlob.compile("config/*.yml").matches("config/prod.yml")).isTrue();
        assertThat(PathGlob.compile("config/*.yml").matches("config/eu/prod.yml")).isFalse();
        assertThat(PathGlob.compile("**/.env.*").matches("web/.env.production")).isTrue();
        assertThat(PathGlob.compile("**/*.{key,p12}").matches("a/b/c.p12")).isTrue();
        assertThat(PathGlob.compile("**/*.{key,p12}").matches("a/b/c.pem")).isFalse();
        assertThat(PathGlob.compile("id_rsa?").matches("keys/id_rsa2")).isTrue();
        assertThat(PathGlob.compile("[!a]*.txt").matches("b.txt")).isTrue();
        assertThat(PathGlob.compile("[!a]*.txt").matches("a.txt")).isFalse();
        assertThat(PathGlob.compile("a/**/z.txt").matches("a/z.txt")).isTrue();
        assertThat(PathGlob.compile("a/**/z.txt").matches("a/b/c/z.txt")).isTrue();
        assertThat(PathGlob.compile("/secrets/**").matches("secrets/x")).isTrue();
        assertThat(PathGlob.compile("file(1).txt").matches("file(1).txt")).isTrue();
    }

    @Test
    void malformedGlobsAreRejectedWithTheGlobNamed() {
        assertThatThrownBy(() -> PathGlob.compile("secrets/{a,b")).hasMessage("unclosed '{' in the glob secrets/{a,b");
        assertThatThrownBy(() -> PathGlob.compile("x/[ab")).hasMessage("unclosed '[' in the glob x/[ab");
    }
}
