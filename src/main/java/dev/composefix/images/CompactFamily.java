package dev.composefix.images;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A knowledge-base family's rows in the compact form the build writes beside its YAML file: the
 * rows as the reader validated them, read back without the YAML parser and without validating
 * again, which took a cold run tens of milliseconds a family. Sources are written once, facts cite
 * them by number. Writing and reading are side by side so that the two cannot drift apart; a test
 * reads every family both ways and compares the rows.
 *
 * <p>The reader runs on the cold path, so it uses plain loops: a lambda there costs a class spun at
 * run time. The writer runs only in the build, so every list goes through its one {@code list}
 * step.
 */
final class CompactFamily {

  /** Changes whenever the layout does, so that a jar never reads another build's files. */
  private static final int FORMAT = 0x43460001;

  private CompactFamily() {}

  static void write(List<ImageFacts> rows, DataOutput out) throws IOException {
    out.writeInt(FORMAT);
    Writer writer = new Writer(out);
    writer.sourceTable(rows);
    out.writeInt(rows.size());
    for (ImageFacts row : rows) {
      writer.row(row);
    }
  }

  static List<ImageFacts> read(DataInput in) throws IOException {
    if (in.readInt() != FORMAT) {
      throw new IOException("not a compact knowledge-base family of this build");
    }
    Reader reader = new Reader(in);
    int count = in.readInt();
    List<ImageFacts> rows = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      rows.add(reader.row());
    }
    return rows;
  }

  private static final class Writer {
    private final DataOutput out;
    // By identity: the reader shares one Source object among the facts that cite it.
    private final Map<Source, Integer> numbers = new IdentityHashMap<>();

    Writer(DataOutput out) {
      this.out = out;
    }

    void sourceTable(List<ImageFacts> rows) throws IOException {
      List<Source> table = new ArrayList<>();
      for (ImageFacts row : rows) {
        for (List<Source> cited : citations(row)) {
          for (Source source : cited) {
            if (!numbers.containsKey(source)) {
              numbers.put(source, table.size());
              table.add(source);
            }
          }
        }
      }
      list(table, this::source);
    }

    private void source(Source source) throws IOException {
      out.writeUTF(source.key());
      out.writeUTF(source.repo());
      out.writeUTF(source.path());
      out.writeUTF(source.ref());
      out.writeLong(source.checked().toEpochDay());
      optionalString(source.says());
    }

    void row(ImageFacts row) throws IOException {
      out.writeUTF(row.id());
      out.writeUTF(row.origin());
      strings(row.names());
      tags(row.tags());
      strings(row.examples());
      out.writeBoolean(row.role().isPresent());
      if (row.role().isPresent()) {
        out.writeUTF(row.role().get().value().name());
        sources(row.role().get().sources());
      }
      out.writeBoolean(row.shell().isPresent());
      if (row.shell().isPresent()) {
        out.writeUTF(row.shell().get().value().name());
        sources(row.shell().get().sources());
      }
      out.writeBoolean(row.user().isPresent());
      if (row.user().isPresent()) {
        out.writeUTF(row.user().get().value());
        sources(row.user().get().sources());
      }
      out.writeInt(row.tools().size());
      for (Map.Entry<String, ToolFact> tool : row.tools().entrySet()) {
        out.writeUTF(tool.getKey());
        out.writeUTF(tool.getValue().program());
        out.writeUTF(tool.getValue().presence().name());
        strings(tool.getValue().architectures());
        strings(tool.getValue().options());
        sources(tool.getValue().sources());
      }
      out.writeBoolean(row.healthcheck().isPresent());
      if (row.healthcheck().isPresent()) {
        DeclaredHealthcheck declared = row.healthcheck().get().value();
        out.writeBoolean(declared.declared());
        out.writeBoolean(declared.test().isPresent());
        if (declared.test().isPresent()) {
          strings(declared.test().get());
        }
        sources(row.healthcheck().get().sources());
      }
      list(row.health(), this::healthCommand);
      list(row.ports(), this::port);
      list(row.endpoints(), this::endpoint);
      list(row.credentials(), this::credential);
      list(row.workers(), this::worker);
      list(row.notes(), this::note);
    }

    private void healthCommand(HealthCommand command) throws IOException {
      strings(command.test());
      out.writeBoolean(command.port().isPresent());
      if (command.port().isPresent()) {
        out.writeInt(command.port().get());
      }
      optionalSetting(command.when());
      list(command.unless(), this::setting);
      sources(command.sources());
    }

    private void port(PortFact port) throws IOException {
      out.writeInt(port.port());
      out.writeUTF(port.protocol());
      optionalString(port.name());
      setting(port.movedBy());
      sources(port.sources());
    }

    private void endpoint(Endpoint endpoint) throws IOException {
      out.writeInt(endpoint.port());
      out.writeUTF(endpoint.path());
      optionalString(endpoint.scheme());
      optionalSetting(endpoint.when());
      sources(endpoint.sources());
    }

    private void credential(Credential credential) throws IOException {
      out.writeUTF(credential.env());
      out.writeBoolean(credential.required());
      sources(credential.sources());
    }

    private void worker(Cited<Setting> worker) throws IOException {
      setting(worker.value());
      sources(worker.sources());
    }

    private void note(Note note) throws IOException {
      out.writeUTF(note.text());
      sources(note.sources());
    }

    /** A list as its size, then each item as {@code item} writes it; the reader mirrors this. */
    private <T> void list(List<T> items, ItemWriter<T> item) throws IOException {
      out.writeInt(items.size());
      for (T each : items) {
        item.write(each);
      }
    }

    @FunctionalInterface
    private interface ItemWriter<T> {
      void write(T item) throws IOException;
    }

    private void tags(TagScope tags) throws IOException {
      strings(tags.anyVariant());
      strings(tags.noVariant());
      optionalString(tags.version().map(VersionRange::toString));
      optionalString(tags.released().map(ReleaseRange::toString));
      strings(tags.newestWords());
    }

    private void setting(Setting setting) throws IOException {
      strings(setting.flags());
      strings(setting.env());
      strings(setting.argSuffixes());
      optionalString(setting.reason());
    }

    private void optionalSetting(Optional<Setting> setting) throws IOException {
      out.writeBoolean(setting.isPresent());
      if (setting.isPresent()) {
        setting(setting.get());
      }
    }

    private void strings(List<String> strings) throws IOException {
      list(strings, out::writeUTF);
    }

    private void optionalString(Optional<String> string) throws IOException {
      out.writeBoolean(string.isPresent());
      if (string.isPresent()) {
        out.writeUTF(string.get());
      }
    }

    private void sources(List<Source> sources) throws IOException {
      list(sources, source -> out.writeInt(numbers.get(source)));
    }

    /** Every list of sources a row cites, in the order {@link #row} writes them. */
    private static List<List<Source>> citations(ImageFacts row) {
      List<List<Source>> all = new ArrayList<>();
      row.role().ifPresent(cited -> all.add(cited.sources()));
      row.shell().ifPresent(cited -> all.add(cited.sources()));
      row.user().ifPresent(cited -> all.add(cited.sources()));
      row.tools().values().forEach(tool -> all.add(tool.sources()));
      row.healthcheck().ifPresent(cited -> all.add(cited.sources()));
      row.health().forEach(command -> all.add(command.sources()));
      row.ports().forEach(port -> all.add(port.sources()));
      row.endpoints().forEach(endpoint -> all.add(endpoint.sources()));
      row.credentials().forEach(credential -> all.add(credential.sources()));
      row.workers().forEach(worker -> all.add(worker.sources()));
      row.notes().forEach(note -> all.add(note.sources()));
      return all;
    }
  }

  private static final class Reader {
    private final DataInput in;
    private final List<Source> sources;

    Reader(DataInput in) throws IOException {
      this.in = in;
      int count = in.readInt();
      sources = new ArrayList<>(count);
      for (int i = 0; i < count; i++) {
        sources.add(
            new Source(
                in.readUTF(),
                in.readUTF(),
                in.readUTF(),
                in.readUTF(),
                LocalDate.ofEpochDay(in.readLong()),
                optionalString()));
      }
    }

    ImageFacts row() throws IOException {
      String id = in.readUTF();
      String origin = in.readUTF();
      List<String> names = strings();
      TagScope tags = tags();
      List<String> examples = strings();
      Optional<Cited<Role>> role =
          in.readBoolean()
              ? Optional.of(new Cited<>(Role.valueOf(in.readUTF()), sources()))
              : Optional.empty();
      Optional<Cited<Shell>> shell =
          in.readBoolean()
              ? Optional.of(new Cited<>(Shell.valueOf(in.readUTF()), sources()))
              : Optional.empty();
      Optional<Cited<String>> user =
          in.readBoolean() ? Optional.of(new Cited<>(in.readUTF(), sources())) : Optional.empty();
      int toolCount = in.readInt();
      Map<String, ToolFact> tools = new LinkedHashMap<>();
      for (int i = 0; i < toolCount; i++) {
        String key = in.readUTF();
        tools.put(
            key,
            new ToolFact(
                in.readUTF(), Presence.valueOf(in.readUTF()), strings(), strings(), sources()));
      }
      Optional<Cited<DeclaredHealthcheck>> healthcheck = Optional.empty();
      if (in.readBoolean()) {
        boolean declared = in.readBoolean();
        Optional<List<String>> test = in.readBoolean() ? Optional.of(strings()) : Optional.empty();
        healthcheck = Optional.of(new Cited<>(new DeclaredHealthcheck(declared, test), sources()));
      }
      int healthCount = in.readInt();
      List<HealthCommand> health = new ArrayList<>(healthCount);
      for (int i = 0; i < healthCount; i++) {
        List<String> test = strings();
        Optional<Integer> port = in.readBoolean() ? Optional.of(in.readInt()) : Optional.empty();
        Optional<Setting> when = optionalSetting();
        int unlessCount = in.readInt();
        List<Setting> unless = new ArrayList<>(unlessCount);
        for (int j = 0; j < unlessCount; j++) {
          unless.add(setting());
        }
        health.add(new HealthCommand(test, port, when, unless, sources()));
      }
      int portCount = in.readInt();
      List<PortFact> ports = new ArrayList<>(portCount);
      for (int i = 0; i < portCount; i++) {
        ports.add(new PortFact(in.readInt(), in.readUTF(), optionalString(), setting(), sources()));
      }
      int endpointCount = in.readInt();
      List<Endpoint> endpoints = new ArrayList<>(endpointCount);
      for (int i = 0; i < endpointCount; i++) {
        endpoints.add(
            new Endpoint(
                in.readInt(), in.readUTF(), optionalString(), optionalSetting(), sources()));
      }
      int credentialCount = in.readInt();
      List<Credential> credentials = new ArrayList<>(credentialCount);
      for (int i = 0; i < credentialCount; i++) {
        credentials.add(new Credential(in.readUTF(), in.readBoolean(), sources()));
      }
      int workerCount = in.readInt();
      List<Cited<Setting>> workers = new ArrayList<>(workerCount);
      for (int i = 0; i < workerCount; i++) {
        workers.add(new Cited<>(setting(), sources()));
      }
      int noteCount = in.readInt();
      List<Note> notes = new ArrayList<>(noteCount);
      for (int i = 0; i < noteCount; i++) {
        notes.add(new Note(in.readUTF(), sources()));
      }
      return new ImageFacts(
          id,
          origin,
          names,
          tags,
          examples,
          role,
          shell,
          user,
          tools,
          healthcheck,
          health,
          ports,
          endpoints,
          credentials,
          workers,
          notes);
    }

    private TagScope tags() throws IOException {
      List<String> anyVariant = strings();
      List<String> noVariant = strings();
      Optional<String> version = optionalString();
      Optional<String> released = optionalString();
      List<String> newestWords = strings();
      if (anyVariant.isEmpty()
          && noVariant.isEmpty()
          && version.isEmpty()
          && released.isEmpty()
          && newestWords.isEmpty()) {
        return TagScope.EVERY_TAG;
      }
      return new TagScope(
          anyVariant,
          noVariant,
          version.isPresent() ? Optional.of(VersionRange.parse(version.get())) : Optional.empty(),
          released.isPresent() ? Optional.of(ReleaseRange.parse(released.get())) : Optional.empty(),
          newestWords);
    }

    private Setting setting() throws IOException {
      return new Setting(strings(), strings(), strings(), optionalString());
    }

    private Optional<Setting> optionalSetting() throws IOException {
      return in.readBoolean() ? Optional.of(setting()) : Optional.empty();
    }

    private List<String> strings() throws IOException {
      int count = in.readInt();
      String[] strings = new String[count];
      for (int i = 0; i < count; i++) {
        strings[i] = in.readUTF();
      }
      return List.of(strings);
    }

    private Optional<String> optionalString() throws IOException {
      return in.readBoolean() ? Optional.of(in.readUTF()) : Optional.empty();
    }

    private List<Source> sources() throws IOException {
      int count = in.readInt();
      Source[] cited = new Source[count];
      for (int i = 0; i < count; i++) {
        cited[i] = sources.get(in.readInt());
      }
      return List.of(cited);
    }
  }
}
