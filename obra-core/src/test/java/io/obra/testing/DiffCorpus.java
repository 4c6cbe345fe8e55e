package io.obra.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Consumer;
import java.util.stream.IntStream;

/**
 * Realistic-shaped diffs for the context builder's tests and for benchmark P3 (issue 9): what
 * implementers and pull requests really produce, from a one-line fix to a 5 MB dependency bump.
 * Deterministic: every entry is generated from a fixed seed, so numbers are comparable between runs.
 */
public final class DiffCorpus {

    /** One diff of the corpus. */
    public record Entry(String name, String description, String diff) {
    }

    private DiffCorpus() {
    }

    /** All entries, generated afresh (about 9 MB of text in all). */
    public static List<Entry> all() {
        final List<Entry> entries = new ArrayList<>();
        add(entries, "small-bugfix", "a one-hunk fix in one source file (fits any budget)", DiffCorpus::smallBugfix);
        add(entries, "feature-with-tests", "a feature: source, tests, docs and config", DiffCorpus::featureWithTests);
        add(entries, "refactor-many-files", "a method renamed across 60 source files", DiffCorpus::refactorManyFiles);
        add(entries, "npm-lock-bump", "package.json bump with a large package-lock.json", DiffCorpus::npmLockBump);
        add(entries, "yarn-lock-bump", "a dependency upgrade in yarn.lock with a source fix", DiffCorpus::yarnLockBump);
        add(entries, "go-sum-bump", "go.mod and go.sum updates with a small source change", DiffCorpus::goSumBump);
        add(entries, "protobuf-regen", "a .proto change and the regenerated .pb.go code", DiffCorpus::protobufRegen);
        add(entries, "large-renames", "a package move: 150 pure renames and a few edited ones", DiffCorpus::largeRenames);
        add(entries, "vendored-update", "a vendored library updated under vendor/", DiffCorpus::vendoredUpdate);
        add(entries, "minified-bundle", "a source change and the rebuilt dist/app.min.js", DiffCorpus::minifiedBundle);
        add(entries, "deleted-module", "a module removed: many deleted files, one edit", DiffCorpus::deletedModule);
        add(entries, "binary-images", "images added and changed, one as a GIT binary patch", DiffCorpus::binaryImages);
        add(entries, "crlf-files", "Windows files with CRLF line endings", DiffCorpus::crlfFiles);
        add(entries, "crlf-whole-diff", "a diff saved with CRLF line endings throughout", DiffCorpus::crlfWholeDiff);
        add(entries, "mode-changes", "scripts made executable, one also edited", DiffCorpus::modeChanges);
        add(entries, "poetry-lock-feature", "a Python feature with poetry.lock churn", DiffCorpus::poetryLockFeature);
        add(entries, "cargo-lock-bump", "Rust: Cargo.lock bump and a source change", DiffCorpus::cargoLockBump);
        add(entries, "gradle-lockfile", "Kotlin change with gradle.lockfile updates", DiffCorpus::gradleLockfile);
        add(entries, "no-newline-at-eof", "edits at the end of files without a final newline", DiffCorpus::noNewline);
        add(entries, "quoted-paths", "paths with spaces and non-ASCII characters", DiffCorpus::quotedPaths);
        add(entries, "new-module", "a new module of added files", DiffCorpus::newModule);
        add(entries, "docs-rewrite", "a large documentation rewrite with a small code change", DiffCorpus::docsRewrite);
        add(entries, "jest-snapshots", "UI change with regenerated jest snapshots", DiffCorpus::jestSnapshots);
        add(entries, "huge-source-rewrite", "one source file rewritten (more than any budget)", DiffCorpus::hugeRewrite);
        add(entries, "monorepo-5mb", "a 5 MB change: source edits, generated code, lock files, vendored code",
                DiffCorpus::monorepo5mb);
        return entries;
    }

    /** The entry called {@code name}. */
    public static Entry named(final String name) {
        return all().stream().filter(e -> e.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no corpus entry " + name));
    }

    private static void add(final List<Entry> entries, final String name, final String description,
                            final Consumer<DiffWriter> shape) {
        final DiffWriter w = new DiffWriter(new Random(name.hashCode()));
        shape.accept(w);
        entries.add(new Entry(name, description, w.text()));
    }

    // ----- entries --------------------------------------------------------------------------------

    private static void smallBugfix(final DiffWriter w) {
        final List<String> src = javaClass("io.acme.billing", "InvoiceService", 8);
        w.modify("src/main/java/io/acme/billing/InvoiceService.java", src)
                .replace(20, 1, List.of("        if (request == null || request.id() == null) {")).done();
    }

    private static void featureWithTests(final DiffWriter w) {
        final List<String> controller = javaClass("io.acme.web", "UserController", 14);
        w.modify("src/main/java/io/acme/web/UserController.java", controller)
                .replace(12, 2, validation(6))
                .replace(40, 1, validation(4))
                .replace(70, 3, validation(9)).done();
        final List<String> validator = javaClass("io.acme.web", "InputValidator", 6);
        w.added("src/main/java/io/acme/web/InputValidator.java", validator);
        final List<String> test = javaClass("io.acme.web", "UserControllerTest", 10);
        w.modify("src/test/java/io/acme/web/UserControllerTest.java", test)
                .replace(30, 0, validation(12)).replace(60, 0, validation(12)).done();
        w.added("src/test/java/io/acme/web/InputValidatorTest.java", javaClass("io.acme.web", "InputValidatorTest", 8));
        w.modify("docs/api.md", prose(w, 80)).replace(40, 0, prose(w, 12)).done();
        w.modify("src/main/resources/application.yml", yaml(40)).replace(10, 1, yaml(3)).done();
    }

    private static void refactorManyFiles(final DiffWriter w) {
        for (int f = 0; f < 60; f++) {
            final List<String> src = javaClass("io.acme.core.m" + f / 10, "Component" + f, 10);
            final DiffWriter.Edit edit = w.modify("src/main/java/io/acme/core/m" + f / 10 + "/Component" + f + ".java", src);
            for (int at = 15; at + 10 < src.size(); at += 25) {
                edit.replace(at, 1, List.of("        return repository.findByIdentifier(request.id())"
                        + ".map(this::toResult).orElseThrow();"));
            }
            edit.done();
        }
    }

    private static void npmLockBump(final DiffWriter w) {
        w.modify("package.json", packageJson()).replace(8, 2, List.of(
                "    \"express\": \"^4.21.2\",", "    \"lodash\": \"^4.17.21\"")).done();
        lockJson(w, "package-lock.json", 900);
        final List<String> src = jsModule(60);
        w.modify("src/server.js", src).replace(20, 1, List.of("  app.disable('x-powered-by');")).done();
    }

    private static void yarnLockBump(final DiffWriter w) {
        final List<String> lock = new ArrayList<>();
        for (int i = 0; i < 700; i++) {
            lock.add("\"pkg-" + i + "@^" + i % 9 + ".0.0\":");
            lock.add("  version \"" + i % 9 + "." + i % 13 + "." + i % 7 + "\"");
            lock.add("  resolved \"https://registry.yarnpkg.com/pkg-" + i + "/-/pkg-" + i + "-" + i % 9 + ".tgz#"
                    + w.hash() + w.hash() + "\"");
            lock.add("  integrity sha512-" + w.digest(64));
            lock.add("");
        }
        final DiffWriter.Edit edit = w.modify("yarn.lock", lock);
        for (int at = 1; at + 8 < lock.size(); at += 10) {
            edit.replace(at, 3, List.of(lock.get(at).replace("version \"", "version \"1"),
                    lock.get(at + 1).replace(".tgz#", ".tgz#1"), "  integrity sha512-" + w.digest(64)));
        }
        edit.done();
        w.modify("src/index.ts", jsModule(50)).replace(30, 2, List.of("  return parse(input, { strict: true });"))
                .done();
    }

    private static void goSumBump(final DiffWriter w) {
        final List<String> mod = new ArrayList<>(List.of("module github.com/acme/api", "", "go 1.23", "", "require ("));
        for (int i = 0; i < 40; i++) {
            mod.add("\tgithub.com/lib" + i + "/pkg v1." + i + ".0");
        }
        mod.add(")");
        final DiffWriter.Edit modEdit = w.modify("go.mod", mod);
        for (int at = 6; at < 40; at += 8) {
            modEdit.replace(at, 1, List.of(mod.get(at).replace(".0", ".1")));
        }
        modEdit.done();
        final List<String> sum = new ArrayList<>();
        for (int i = 0; i < 1500; i++) {
            sum.add("github.com/lib" + i / 4 + "/pkg v1." + i % 40 + ".0 h1:" + w.digest(32));
        }
        final DiffWriter.Edit sumEdit = w.modify("go.sum", sum);
        for (int at = 3; at + 8 < sum.size(); at += 9) {
            sumEdit.replace(at, 2, List.of("github.com/lib" + at + "/pkg v1.9.1 h1:" + w.digest(32),
                    "github.com/lib" + at + "/pkg v1.9.1/go.mod h1:" + w.digest(32)));
        }
        sumEdit.done();
        final List<String> src = goFile(120);
        w.modify("internal/api/handler.go", src).replace(30, 1, List.of("\tctx, cancel := context.WithTimeout(ctx, 5*time.Second)",
                "\tdefer cancel()")).done();
    }

    private static void protobufRegen(final DiffWriter w) {
        final List<String> proto = new ArrayList<>(List.of("syntax = \"proto3\";", "", "package acme.orders.v1;", ""));
        for (int i = 0; i < 30; i++) {
            proto.add("message Order" + i + " {");
            proto.add("  string id = 1;");
            proto.add("  int64 amount_cents = 2;");
            proto.add("}");
        }
        w.modify("proto/orders/v1/orders.proto", proto).replace(10, 0, List.of("  string currency = 3;")).done();
        final List<String> generated = new ArrayList<>(List.of("// Code generated by protoc-gen-go. DO NOT EDIT.",
                "// versions:", "// \tprotoc-gen-go v1.34.2", "", "package ordersv1", ""));
        for (int i = 0; i < 900; i++) {
            generated.add("func (x *Order" + i % 30 + ") GetField" + i + "() string {");
            generated.add("\tif x != nil {");
            generated.add("\t\treturn x.Field" + i);
            generated.add("\t}");
            generated.add("\treturn \"\"");
            generated.add("}");
            generated.add("");
        }
        final DiffWriter.Edit edit = w.modify("gen/go/orders/v1/orders.pb.go", generated);
        for (int at = 10; at + 10 < generated.size(); at += 40) {
            edit.replace(at, 2, List.of("\tif x != nil && x.state != nil {", "\t\treturn x.Currency"));
        }
        edit.done();
        final List<String> descriptor = new ArrayList<>();
        for (int i = 0; i < 400; i++) {
            descriptor.add("\t0x" + w.hash().substring(0, 2) + ", 0x" + w.hash().substring(0, 2) + ", 0x"
                    + w.hash().substring(0, 2) + ", 0x" + w.hash().substring(0, 2) + ", 0x" + w.hash().substring(0, 2)
                    + ", 0x" + w.hash().substring(0, 2) + ", 0x" + w.hash().substring(0, 2) + ", 0x"
                    + w.hash().substring(0, 2) + ",");
        }
        w.added("gen/go/orders/v1/orders_grpc.pb.go", descriptor);
        w.modify("internal/orders/service.go", goFile(90)).replace(40, 1, List.of(
                "\torder.Currency = req.GetCurrency()")).done();
    }

    private static void largeRenames(final DiffWriter w) {
        for (int f = 0; f < 150; f++) {
            w.renamed("src/main/java/com/oldcorp/lib/part" + f / 20 + "/Type" + f + ".java",
                    "src/main/java/io/acme/lib/part" + f / 20 + "/Type" + f + ".java");
        }
        for (int f = 0; f < 6; f++) {
            final List<String> src = javaClass("com.oldcorp.lib", "Facade" + f, 8);
            w.renameAndModify("src/main/java/com/oldcorp/lib/Facade" + f + ".java",
                    "src/main/java/io/acme/lib/Facade" + f + ".java", src)
                    .replace(0, 1, List.of("package io.acme.lib;")).done();
        }
    }

    private static void vendoredUpdate(final DiffWriter w) {
        for (int f = 0; f < 45; f++) {
            final List<String> src = goFile(200);
            final DiffWriter.Edit edit = w.modify("vendor/github.com/gorilla/mux/file" + f + ".go", src);
            for (int at = 10; at + 10 < src.size(); at += 30) {
                edit.replace(at, 2, List.of("\tif r.URL.RawPath != \"\" {", "\t\tpath = r.URL.RawPath", "\t}"));
            }
            edit.done();
        }
        w.modify("vendor/modules.txt", IntStream.range(0, 60).mapToObj(i -> "# github.com/dep" + i + " v0." + i + ".0")
                .toList()).replace(20, 1, List.of("# github.com/gorilla/mux v1.8.1")).done();
        w.modify("internal/router/router.go", goFile(80)).replace(25, 1, List.of("\tr.UseEncodedPath()")).done();
    }

    private static void minifiedBundle(final DiffWriter w) {
        w.modify("src/components/Cart.jsx", jsModule(80)).replace(30, 2, List.of(
                "  const total = items.reduce((sum, item) => sum + item.price * item.quantity, 0);")).done();
        final StringBuilder min = new StringBuilder("!function(e,t){\"use strict\";");
        while (min.length() < 400_000) {
            min.append("var a").append(min.length() % 9973).append("=function(n,r){return n.map(function(o){return o*r+")
                    .append(min.length() % 97).append("})};");
        }
        final String before = min.toString();
        final String after = before.replace("return n.map", "return n.filter(Boolean).map");
        w.modify("dist/app.min.js", List.of(before)).replace(0, 1, List.of(after)).done();
        w.modify("dist/app.min.js.map", List.of("{\"version\":3,\"mappings\":\"" + w.digest(30_000) + "\"}"))
                .replace(0, 1, List.of("{\"version\":3,\"mappings\":\"" + w.digest(30_000) + "\"}")).done();
    }

    private static void deletedModule(final DiffWriter w) {
        for (int f = 0; f < 25; f++) {
            w.deleted("legacy/src/main/java/io/acme/legacy/Old" + f + ".java", javaClass("io.acme.legacy", "Old" + f, 12));
        }
        w.deleted("legacy/pom.xml", xml(60));
        w.modify("pom.xml", xml(80)).replace(30, 1, List.of()).done();
        w.modify("src/main/java/io/acme/App.java", javaClass("io.acme", "App", 6))
                .replace(5, 1, List.of()).replace(20, 2, List.of("        // the legacy module is gone")).done();
    }

    private static void binaryImages(final DiffWriter w) {
        for (int i = 0; i < 8; i++) {
            w.binary("src/main/webapp/images/icon-" + i + ".png", i % 2 == 0);
        }
        w.binaryPatch("src/main/webapp/images/hero.jpg", 180_000);
        w.binaryPatch("docs/diagram.pdf", 40_000);
        w.modify("src/main/webapp/index.html", html(60)).replace(20, 1, List.of(
                "    <img src=\"images/hero.jpg\" alt=\"Acme\" width=\"1200\">")).done();
        w.modify("src/main/java/io/acme/web/Assets.java", javaClass("io.acme.web", "Assets", 8))
                .replace(25, 1, List.of("        return \"images/icon-\" + size + \".png\";")).done();
    }

    private static void crlfFiles(final DiffWriter w) {
        for (int f = 0; f < 12; f++) {
            final List<String> src = csharp("Acme.Desktop", "Window" + f, 10);
            w.modifyCrlf("src/Acme.Desktop/Window" + f + ".cs", src)
                    .replace(20, 2, List.of("            if (handle == IntPtr.Zero) throw new Win32Exception();"))
                    .replace(60, 1, List.of("            Dispose(disposing: true);")).done();
        }
        final List<String> lock = new ArrayList<>();
        for (int i = 0; i < 1200; i++) {
            lock.add("      \"Acme.Dep" + i + "\": { \"type\": \"Transitive\", \"resolved\": \"" + i % 7 + ".0." + i
                    + "\", \"contentHash\": \"" + w.digest(64) + "\" },");
        }
        final DiffWriter.Edit edit = w.modifyCrlf("src/Acme.Desktop/packages.lock.json", lock);
        for (int at = 5; at + 8 < lock.size(); at += 12) {
            edit.replace(at, 1, List.of(lock.get(at).replace("\"contentHash\": \"", "\"contentHash\": \"X")));
        }
        edit.done();
    }

    private static void crlfWholeDiff(final DiffWriter w) {
        final DiffWriter inner = new DiffWriter(new Random(7));
        npmLockBump(inner);
        featureWithTests(inner);
        w.raw(inner.text().replace("\n", "\r\n"));
    }

    private static void modeChanges(final DiffWriter w) {
        for (int i = 0; i < 15; i++) {
            w.modeChanged("scripts/tool-" + i + ".sh", "100644", "100755");
        }
        final List<String> script = shell(60);
        w.modify("scripts/release.sh", script).mode("100644", "100755")
                .replace(10, 1, List.of("set -euo pipefail")).done();
        lockJson(w, "tools/package-lock.json", 500);
    }

    private static void poetryLockFeature(final DiffWriter w) {
        final List<String> src = python(140);
        w.modify("acme/reports/export.py", src).replace(20, 1, List.of("    rows = list(fetch_rows(session, since))"))
                .replace(60, 2, List.of("    writer = csv.writer(stream, dialect=\"excel\")", "    writer.writerow(header)"))
                .replace(100, 0, List.of("    stream.flush()")).done();
        w.modify("tests/test_export.py", python(80)).replace(40, 0, python(15)).done();
        w.modify("pyproject.toml", toml(40)).replace(12, 1, List.of("pandas = \"^2.2.3\"")).done();
        final List<String> lock = new ArrayList<>();
        for (int i = 0; i < 500; i++) {
            lock.add("[[package]]");
            lock.add("name = \"dep" + i + "\"");
            lock.add("version = \"" + i % 5 + "." + i % 11 + ".0\"");
            lock.add("files = [");
            lock.add("    {file = \"dep" + i + "-py3-none-any.whl\", hash = \"sha256:" + w.hash() + w.hash() + w.hash()
                    + w.hash() + w.hash() + w.hash() + w.hash() + w.hash() + w.hash() + "\"},");
            lock.add("]");
            lock.add("");
        }
        final DiffWriter.Edit edit = w.modify("poetry.lock", lock);
        for (int at = 2; at + 9 < lock.size(); at += 14) {
            edit.replace(at, 1, List.of("version = \"9." + at + ".0\""));
        }
        edit.done();
    }

    private static void cargoLockBump(final DiffWriter w) {
        final List<String> lock = new ArrayList<>();
        for (int i = 0; i < 600; i++) {
            lock.add("[[package]]");
            lock.add("name = \"crate-" + i + "\"");
            lock.add("version = \"0." + i % 17 + ".3\"");
            lock.add("source = \"registry+https://github.com/rust-lang/crates.io-index\"");
            lock.add("checksum = \"" + w.hash() + w.hash() + w.hash() + w.hash() + w.hash() + w.hash() + w.hash()
                    + w.hash() + w.hash() + "\"");
            lock.add("");
        }
        final DiffWriter.Edit edit = w.modify("Cargo.lock", lock);
        for (int at = 2; at + 8 < lock.size(); at += 12) {
            edit.replace(at, 3, List.of("version = \"1." + at + ".0\"", lock.get(at + 1),
                    "checksum = \"" + w.hash() + w.hash() + w.hash() + w.hash() + w.hash() + w.hash() + "\""));
        }
        edit.done();
        w.modify("src/main.rs", rust(120)).replace(30, 1, List.of("    let config = Config::load(&args.config)?;"))
                .done();
    }

    private static void gradleLockfile(final DiffWriter w) {
        w.modify("app/src/main/kotlin/io/acme/app/Sync.kt", kotlin(120))
                .replace(25, 2, List.of("        val result = client.fetch(since).getOrElse { return Result.retry() }"))
                .replace(70, 1, List.of("        repository.upsertAll(result.items)")).done();
        final List<String> lock = new ArrayList<>();
        for (int i = 0; i < 900; i++) {
            lock.add("com.acme.lib" + i / 10 + ":artifact-" + i + ":1." + i % 20 + ".0=compileClasspath,runtimeClasspath");
        }
        final DiffWriter.Edit edit = w.modify("app/gradle.lockfile", lock);
        for (int at = 3; at + 8 < lock.size(); at += 9) {
            edit.replace(at, 1, List.of(lock.get(at).replace(":1.", ":2.")));
        }
        edit.done();
        w.modify("app/build.gradle.kts", kotlin(40)).replace(15, 1, List.of("    implementation(libs.acme.client)"))
                .done();
    }

    private static void noNewline(final DiffWriter w) {
        for (int f = 0; f < 5; f++) {
            final List<String> src = python(40);
            w.modify("acme/util/helpers" + f + ".py", src).replace(10, 1, List.of("    return value or default"))
                    .replace(39, 1, List.of("__all__ = [\"helper\", \"other\"]")).noNewlineAtEnd().done();
        }
    }

    private static void quotedPaths(final DiffWriter w) {
        w.raw("diff --git \"a/docs/caf\\303\\251 menu.md\" \"b/docs/caf\\303\\251 menu.md\"\n"
                + "index 3b18e51..a5c1f93 100644\n"
                + "--- \"a/docs/caf\\303\\251 menu.md\"\n"
                + "+++ \"b/docs/caf\\303\\251 menu.md\"\n"
                + "@@ -1,3 +1,3 @@\n"
                + " # Menu\n"
                + "-Coffee: 2 EUR\n"
                + "+Coffee: 2.50 EUR\n"
                + " Tea: 2 EUR\n");
        w.raw("diff --git a/src/My Documents/report.txt b/src/My Documents/report.txt\n"
                + "index 1111111..2222222 100644\n"
                + "--- a/src/My Documents/report.txt\t\n"
                + "+++ b/src/My Documents/report.txt\t\n"
                + "@@ -1 +1 @@\n"
                + "-draft\n"
                + "+final\n");
        w.raw("diff --git \"a/tab\\there.txt\" \"b/tab\\there.txt\"\n"
                + "new file mode 100644\n"
                + "index 0000000..e69de29\n");
        w.modify("src/main/java/io/acme/Names.java", javaClass("io.acme", "Names", 6))
                .replace(15, 1, List.of("        return name.strip();")).done();
        lockJson(w, "package-lock.json", 700);
    }

    private static void newModule(final DiffWriter w) {
        for (int f = 0; f < 14; f++) {
            w.added("payments/src/main/java/io/acme/payments/Payment" + f + ".java",
                    javaClass("io.acme.payments", "Payment" + f, 6 + f % 5));
        }
        for (int f = 0; f < 6; f++) {
            w.added("payments/src/test/java/io/acme/payments/Payment" + f + "Test.java",
                    javaClass("io.acme.payments", "Payment" + f + "Test", 8));
        }
        w.added("payments/pom.xml", xml(70));
        w.added("payments/README.md", prose(w, 40));
    }

    private static void docsRewrite(final DiffWriter w) {
        for (int f = 0; f < 10; f++) {
            final List<String> doc = prose(w, 300);
            final DiffWriter.Edit edit = w.modify("docs/guide/chapter-" + f + ".md", doc);
            for (int at = 5; at + 20 < doc.size(); at += 20) {
                edit.replace(at, 4, prose(w, 6));
            }
            edit.done();
        }
        w.modify("src/main/java/io/acme/cli/Help.java", javaClass("io.acme.cli", "Help", 6))
                .replace(12, 1, List.of("        out.println(\"See docs/guide for details.\");")).done();
    }

    private static void jestSnapshots(final DiffWriter w) {
        w.modify("src/components/Button.tsx", jsModule(70)).replace(20, 1, List.of(
                "  return <button className={cx('btn', variant)} disabled={busy} {...rest} />;")).done();
        w.modify("src/components/Button.test.tsx", jsModule(50)).replace(30, 0, List.of(
                "  it('is disabled while busy', () => {", "    render(<Button busy />);",
                "    expect(screen.getByRole('button')).toBeDisabled();", "  });")).done();
        for (int f = 0; f < 12; f++) {
            final List<String> snap = html(250);
            final DiffWriter.Edit edit = w.modify("src/components/__snapshots__/View" + f + ".test.tsx.snap", snap);
            for (int at = 4; at + 10 < snap.size(); at += 15) {
                edit.replace(at, 1, List.of(snap.get(at).replace("class=\"", "class=\"btn ")));
            }
            edit.done();
        }
    }

    private static void hugeRewrite(final DiffWriter w) {
        final List<String> before = javaClass("io.acme.engine", "Engine", 400);
        final List<String> after = javaClass("io.acme.engine", "Engine", 420);
        w.modify("src/main/java/io/acme/engine/Engine.java", before).replace(3, before.size() - 6, after).done();
        lockJson(w, "package-lock.json", 300);
    }

    private static void monorepo5mb(final DiffWriter w) {
        for (int f = 0; f < 25; f++) {
            final List<String> src = javaClass("io.acme.shop.s" + f % 5, "Service" + f, 12);
            w.modify("services/shop/src/main/java/io/acme/shop/s" + f % 5 + "/Service" + f + ".java", src)
                    .replace(20, 1, List.of("        final Money total = cart.total().plus(shipping(cart));"))
                    .replace(55, 2, List.of("        audit.record(request.user(), \"checkout\", total);")).done();
        }
        for (int f = 0; f < 5; f++) {
            w.modify("services/shop/src/test/java/io/acme/shop/Service" + f + "Test.java",
                    javaClass("io.acme.shop", "Service" + f + "Test", 10)).replace(30, 0, validation(8)).done();
        }
        final List<String> generated = new ArrayList<>(List.of("// Code generated by protoc-gen-go. DO NOT EDIT.", ""));
        for (int i = 0; i < 40_000; i++) {
            generated.add("func (x *Msg" + i % 300 + ") GetValue" + i + "() int64 { if x != nil { return x.Value" + i
                    + " }; return 0 }");
        }
        final DiffWriter.Edit gen = w.modify("api/gen/shop.pb.go", generated);
        for (int at = 5; at + 10 < generated.size(); at += 12) {
            gen.replace(at, 1, List.of(generated.get(at).replace("return 0", "return -1")));
        }
        gen.done();
        lockJson(w, "web/package-lock.json", 10_000);
        for (int f = 0; f < 60; f++) {
            final List<String> src = goFile(300);
            final DiffWriter.Edit edit = w.modify("third_party/grpc/internal/transport/f" + f + ".go", src);
            for (int at = 10; at + 10 < src.size(); at += 20) {
                edit.replace(at, 1, List.of("\tif err := t.ctx.Err(); err != nil { return err }"));
            }
            edit.done();
        }
    }

    // ----- content ----------------------------------------------------------------------------------

    /** An npm lock file (v3) with integrity hashes, and a bump touching every 3rd package. */
    private static void lockJson(final DiffWriter w, final String path, final int packages) {
        final List<String> lock = new ArrayList<>(List.of("{", "  \"name\": \"acme-web\",", "  \"version\": \"1.0.0\",",
                "  \"lockfileVersion\": 3,", "  \"requires\": true,", "  \"packages\": {"));
        for (int i = 0; i < packages; i++) {
            lock.add("    \"node_modules/pkg-" + i + "\": {");
            lock.add("      \"version\": \"" + i % 9 + "." + i % 23 + "." + i % 5 + "\",");
            lock.add("      \"resolved\": \"https://registry.npmjs.org/pkg-" + i + "/-/pkg-" + i + "-" + i % 9 + "."
                    + i % 23 + "." + i % 5 + ".tgz\",");
            lock.add("      \"integrity\": \"sha512-" + w.digest(64) + "\",");
            lock.add("      \"license\": \"MIT\"");
            lock.add("    },");
        }
        lock.add("  }");
        lock.add("}");
        final DiffWriter.Edit edit = w.modify(path, lock);
        for (int i = 0; i < packages; i += 3) {
            final int at = 6 + i * 6 + 1;
            edit.replace(at, 3, List.of("      \"version\": \"" + (i % 9 + 1) + ".0.0\",",
                    "      \"resolved\": \"https://registry.npmjs.org/pkg-" + i + "/-/pkg-" + i + "-" + (i % 9 + 1)
                            + ".0.0.tgz\",",
                    "      \"integrity\": \"sha512-" + w.digest(64) + "\","));
        }
        edit.done();
    }

    private static final String[] VERBS = {"find", "load", "save", "compute", "validate", "resolve", "render", "apply"};
    private static final String[] NOUNS = {"Order", "Customer", "Invoice", "Account", "Session", "Payment", "Cart"};

    private static String verb(final Random r) {
        return VERBS[r.nextInt(VERBS.length)] + NOUNS[r.nextInt(NOUNS.length)];
    }

    static List<String> javaClass(final String pkg, final String name, final int methods) {
        final Random r = new Random((pkg + name).hashCode());
        final List<String> out = new ArrayList<>(List.of("package " + pkg + ";", "", "import java.util.List;",
                "import java.util.Objects;", "import java.util.Optional;", "", "/** " + name + ". */",
                "public final class " + name + " {", "", "    private final Repository repository;",
                "    private final Clock clock;", ""));
        for (int m = 0; m < methods; m++) {
            final String method = verb(r) + m;
            out.add("    public Result " + method + "(final Request request) {");
            out.add("        Objects.requireNonNull(request, \"request\");");
            out.add("        if (request.id() == null) {");
            out.add("            throw new IllegalArgumentException(\"" + method + ": request has no id\");");
            out.add("        }");
            out.add("        final Optional<Entity> found = repository.find(request.id());");
            out.add("        final long started = clock.millis();");
            out.add("        return found.map(entity -> toResult(entity, started)).orElseGet(Result::empty);");
            out.add("    }");
            out.add("");
        }
        out.add("}");
        return out;
    }

    /** About {@code lines} lines of input checks, in whole three-line blocks. */
    private static List<String> validation(final int lines) {
        final List<String> out = new ArrayList<>();
        for (int i = 0; out.isEmpty() || out.size() + 3 <= lines; i++) {
            out.add("        if (input.field" + i + "() == null || input.field" + i + "().isBlank()) {");
            out.add("            errors.add(\"field" + i + " is required\");");
            out.add("        }");
        }
        return out;
    }

    private static List<String> csharp(final String ns, final String name, final int methods) {
        final List<String> out = new ArrayList<>(List.of("using System;", "using System.ComponentModel;", "",
                "namespace " + ns, "{", "    public sealed class " + name + " : IDisposable", "    {"));
        for (int m = 0; m < methods; m++) {
            out.add("        public void Handle" + m + "(IntPtr handle)");
            out.add("        {");
            out.add("            if (handle == IntPtr.Zero) return;");
            out.add("            NativeMethods.Send(handle, " + m + ");");
            out.add("            Invalidate();");
            out.add("        }");
            out.add("");
        }
        out.add("    }");
        out.add("}");
        return out;
    }

    private static List<String> goFile(final int lines) {
        final List<String> out = new ArrayList<>(List.of("package transport", "", "import (", "\t\"context\"",
                "\t\"net/http\"", ")", ""));
        for (int i = 0; out.size() < lines; i++) {
            out.add("func (t *http2Client) handle" + i + "(ctx context.Context, r *http.Request) error {");
            out.add("\tif r == nil {");
            out.add("\t\treturn errNilRequest");
            out.add("\t}");
            out.add("\tt.mu.Lock()");
            out.add("\tdefer t.mu.Unlock()");
            out.add("\treturn t.write(ctx, r, " + i + ")");
            out.add("}");
            out.add("");
        }
        return out;
    }

    private static List<String> jsModule(final int lines) {
        final List<String> out = new ArrayList<>(List.of("import express from 'express';", "", "export function create() {"));
        for (int i = 0; out.size() < lines - 1; i++) {
            out.add("  const handler" + i + " = async (req, res) => {");
            out.add("    const items = await store.list(req.params.id, { limit: " + (i + 10) + " });");
            out.add("    res.json(items.map((item) => ({ id: item.id, price: item.price })));");
            out.add("  };");
        }
        out.add("}");
        return out;
    }

    private static List<String> python(final int lines) {
        final List<String> out = new ArrayList<>(List.of("import csv", "import io", ""));
        for (int i = 0; out.size() < lines; i++) {
            out.add("def export_" + i + "(session, since, stream):");
            out.add("    \"\"\"Write the rows changed since `since` as CSV.\"\"\"");
            out.add("    rows = fetch_rows(session, since)");
            out.add("    for row in rows:");
            out.add("        stream.write(\",\".join(str(v) for v in row) + \"\\n\")");
            out.add("");
        }
        return out.subList(0, lines);
    }

    private static List<String> kotlin(final int lines) {
        final List<String> out = new ArrayList<>(List.of("package io.acme.app", "", "import kotlinx.coroutines.flow.Flow", ""));
        for (int i = 0; out.size() < lines; i++) {
            out.add("    suspend fun sync" + i + "(since: Instant): Result {");
            out.add("        val items = client.fetch(since, page = " + i + ")");
            out.add("        repository.upsertAll(items)");
            out.add("        return Result.success()");
            out.add("    }");
            out.add("");
        }
        return out.subList(0, lines);
    }

    private static List<String> rust(final int lines) {
        final List<String> out = new ArrayList<>(List.of("use anyhow::Result;", "use clap::Parser;", ""));
        for (int i = 0; out.size() < lines; i++) {
            out.add("fn step_" + i + "(config: &Config) -> Result<()> {");
            out.add("    let client = Client::new(&config.endpoint)?;");
            out.add("    client.sync(" + i + ")?;");
            out.add("    Ok(())");
            out.add("}");
            out.add("");
        }
        return out.subList(0, lines);
    }

    private static List<String> shell(final int lines) {
        final List<String> out = new ArrayList<>(List.of("#!/usr/bin/env bash", "set -e", ""));
        for (int i = 0; out.size() < lines; i++) {
            out.add("step_" + i + "() {");
            out.add("  echo \"step " + i + "\"");
            out.add("  ./mvnw -q -pl module-" + i + " verify");
            out.add("}");
        }
        return out.subList(0, lines);
    }

    private static List<String> prose(final DiffWriter w, final int lines) {
        final Random r = new Random(lines * 31L + w.hash().hashCode());
        final String[] words = {"the", "pipeline", "runs", "each", "stage", "on", "an", "agent", "and", "reports",
            "results", "to", "the", "controller", "when", "a", "build", "fails", "retry", "with", "backoff"};
        final List<String> out = new ArrayList<>();
        for (int i = 0; i < lines; i++) {
            if (i % 12 == 0) {
                out.add("## Section " + i / 12);
                continue;
            }
            final StringBuilder line = new StringBuilder();
            for (int k = 0; k < 12 + r.nextInt(6); k++) {
                line.append(k == 0 ? "" : " ").append(words[r.nextInt(words.length)]);
            }
            out.add(line.append('.').toString());
        }
        return out;
    }

    private static List<String> yaml(final int lines) {
        final List<String> out = new ArrayList<>();
        for (int i = 0; i < lines; i++) {
            out.add(i % 5 == 0 ? "section" + i + ":" : "  key" + i + ": value-" + i);
        }
        return out;
    }

    private static List<String> toml(final int lines) {
        final List<String> out = new ArrayList<>(List.of("[tool.poetry]", "name = \"acme\"", ""));
        for (int i = 0; out.size() < lines; i++) {
            out.add("dep" + i + " = \"^" + i % 4 + "." + i + "\"");
        }
        return out;
    }

    private static List<String> xml(final int lines) {
        final List<String> out = new ArrayList<>(List.of("<project>", "  <dependencies>"));
        for (int i = 0; out.size() < lines - 2; i++) {
            out.add("    <dependency><groupId>io.acme</groupId><artifactId>lib-" + i + "</artifactId></dependency>");
        }
        out.add("  </dependencies>");
        out.add("</project>");
        return out;
    }

    private static List<String> html(final int lines) {
        final List<String> out = new ArrayList<>();
        for (int i = 0; i < lines; i++) {
            out.add("    <div class=\"row row-" + i + "\"><span class=\"label\">Item " + i + "</span></div>");
        }
        return out;
    }

    private static List<String> packageJson() {
        return List.of("{", "  \"name\": \"acme-web\",", "  \"version\": \"1.0.0\",", "  \"private\": true,",
                "  \"scripts\": {", "    \"start\": \"node src/server.js\"", "  },", "  \"dependencies\": {",
                "    \"express\": \"^4.18.2\",", "    \"lodash\": \"^4.17.20\"", "  }", "}");
    }
}
