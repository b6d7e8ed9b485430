import java.io.BufferedReader;
import java.io.FileInputStream;
import java.io.InputStreamReader;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.flowable.common.engine.impl.identity.Authentication;
import org.flowable.engine.ProcessEngine;
import org.flowable.engine.RuntimeService;
import org.flowable.engine.TaskService;
import org.flowable.engine.delegate.DelegateExecution;
import org.flowable.engine.impl.cfg.StandaloneProcessEngineConfiguration;
import org.flowable.task.api.Task;

/**
 * The Flowable side of `npm run bench`: Flowable embedded with PostgreSQL, the dossier's BPMN deployed,
 * and `concurrency` people taking dossiers through the same steps as the engine's and the baseline's
 * drivers (bench/src/path): submit, review (every returnEvery-th returned and supplemented first), the
 * council's session, the leader's decision with its number. Prints READY after a warm-up, waits for a
 * line on stdin (the bench reads CPU counters meanwhile), runs, and prints RESULT with the latencies.
 *
 * Arguments: jdbcUrl user password bpmnFile dossiers concurrency returnEvery leadMs marginMs warmUp
 */
public class DossierBench {
  static final String[] STEPS = {"submitted", "returned", "supplemented", "accepted", "voted", "approved"};

  public static void main(String[] args) throws Exception {
    String url = args[0];
    String user = args[1];
    String password = args[2];
    int dossiers = Integer.parseInt(args[4]);
    int concurrency = Integer.parseInt(args[5]);
    int returnEvery = Integer.parseInt(args[6]);
    long leadMs = Long.parseLong(args[7]);
    long marginMs = Long.parseLong(args[8]);
    int warmUp = Integer.parseInt(args[9]);

    StandaloneProcessEngineConfiguration config = new StandaloneProcessEngineConfiguration();
    config.setJdbcUrl(url);
    config.setJdbcUsername(user);
    config.setJdbcPassword(password);
    config.setJdbcDriver("org.postgresql.Driver");
    config.setJdbcMaxActiveConnections(concurrency + 10);
    config.setDatabaseSchemaUpdate("true");
    // The job executor runs the deadlines' timers, as in a deployment.
    config.setAsyncExecutorActivate(true);
    Numbering numbering = new Numbering(url, user, password);
    config.setBeans(Map.of("numbering", numbering));
    ProcessEngine engine = config.buildProcessEngine();
    try (FileInputStream bpmn = new FileInputStream(args[3])) {
      engine.getRepositoryService().createDeployment().addInputStream("dossier.bpmn20.xml", bpmn).deploy();
    }

    Bench bench = new Bench(engine, returnEvery, leadMs, marginMs);
    bench.run("warm", warmUp, warmUp);
    System.out.println("READY");
    System.out.flush();
    new BufferedReader(new InputStreamReader(System.in)).readLine();
    Result result = bench.run("run", dossiers, concurrency);
    System.out.println("RESULT " + result.toJson());
    System.out.flush();
    engine.close();
    numbering.close();
    System.exit(0);
  }

  /** The leader's approval takes the next number of the district's register, one at a time. */
  public static class Numbering {
    private final Connection connection;

    Numbering(String url, String user, String password) throws SQLException {
      connection = DriverManager.getConnection(url, user, password);
      try (PreparedStatement create = connection.prepareStatement(
          "CREATE TABLE IF NOT EXISTS bench_decision_numbers (issuer text PRIMARY KEY, last int NOT NULL)")) {
        create.execute();
      }
    }

    public synchronized String issue(DelegateExecution execution) throws SQLException {
      try (PreparedStatement next = connection.prepareStatement(
          "INSERT INTO bench_decision_numbers VALUES ('district', 1) "
              + "ON CONFLICT (issuer) DO UPDATE SET last = bench_decision_numbers.last + 1 RETURNING last");
          ResultSet row = next.executeQuery()) {
        row.next();
        String number = row.getInt(1) + "/QĐ-UBND";
        execution.setVariable("decisionNumber", number);
        return number;
      }
    }

    void close() throws SQLException {
      connection.close();
    }
  }

  static class Result {
    double seconds;
    int completed;
    final Map<String, List<Double>> steps = new LinkedHashMap<>();

    String toJson() {
      StringBuilder json = new StringBuilder("{\"seconds\":").append(seconds).append(",\"completed\":").append(completed).append(",\"steps\":{");
      boolean first = true;
      for (Map.Entry<String, List<Double>> step : steps.entrySet()) {
        if (!first) json.append(',');
        first = false;
        json.append('"').append(step.getKey()).append("\":").append(step.getValue());
      }
      return json.append("}}").toString();
    }
  }

  static class Bench {
    private final RuntimeService runtime;
    private final TaskService tasks;
    private final int returnEvery;
    private final long leadMs;
    private final long marginMs;

    Bench(ProcessEngine engine, int returnEvery, long leadMs, long marginMs) {
      this.runtime = engine.getRuntimeService();
      this.tasks = engine.getTaskService();
      this.returnEvery = returnEvery;
      this.leadMs = leadMs;
      this.marginMs = marginMs;
    }

    Result run(String tag, int dossiers, int concurrency) throws Exception {
      Result result = new Result();
      for (String step : STEPS) result.steps.put(step, Collections.synchronizedList(new ArrayList<>()));
      Sessions sessions = new Sessions(concurrency);
      AtomicInteger next = new AtomicInteger();
      ExecutorService people = Executors.newFixedThreadPool(concurrency);
      List<CompletableFuture<Void>> working = new ArrayList<>();
      long started = System.nanoTime();
      for (int person = 0; person < concurrency; person++) {
        working.add(CompletableFuture.runAsync(() -> {
          for (int index = next.getAndIncrement(); index < dossiers; index = next.getAndIncrement())
            one(tag, index, result, sessions);
        }, people));
      }
      CompletableFuture.allOf(working.toArray(new CompletableFuture[0])).join();
      result.seconds = (System.nanoTime() - started) / 1e9;
      result.completed = dossiers;
      people.shutdown();
      sessions.close();
      return result;
    }

    private void one(String tag, int index, Result result, Sessions sessions) {
      long submitted = System.nanoTime();
      String id = runtime.startProcessInstanceByKey("dossier", "FL-" + tag + "-" + index).getId();
      Task review = task(id, "REVIEWER@district");
      record(result, "submitted", submitted);
      if (returnEvery > 0 && index % returnEvery == returnEvery - 1) {
        long returned = System.nanoTime();
        complete(review, "reviewer", Map.of("decision", "return"));
        Task supplement = task(id, "UNIT_OFFICER@school");
        record(result, "returned", returned);
        long supplemented = System.nanoTime();
        complete(supplement, "officer", Map.of());
        review = task(id, "REVIEWER@district");
        record(result, "supplemented", supplemented);
      }
      long accepted = System.nanoTime();
      complete(review, "reviewer", Map.of("decision", "accept"));
      task(id, "COUNCIL_SECRETARY@district");
      record(result, "accepted", accepted);
      long closing = sessions.place(id).join();
      Task decision = task(id, "LEADER@district");
      result.steps.get("voted").add((double) (System.currentTimeMillis() - closing));
      long approved = System.nanoTime();
      complete(decision, "leader", Map.of());
      record(result, "approved", approved);
    }

    private Task task(String processInstanceId, String group) {
      return tasks.createTaskQuery().processInstanceId(processInstanceId).taskCandidateGroup(group).singleResult();
    }

    private void complete(Task task, String user, Map<String, Object> variables) {
      Authentication.setAuthenticatedUserId(user);
      try {
        tasks.complete(task.getId(), variables);
      } finally {
        Authentication.setAuthenticatedUserId(null);
      }
    }

    private static void record(Result result, String step, long startedNanos) {
      result.steps.get(step).add((System.nanoTime() - startedNanos) / 1e6);
    }

    /** Councils meet in sessions, as bench/src/path/council-sessions.ts has them. */
    class Sessions {
      private final ScheduledExecutorService clock;
      private final ExecutorService closers;
      private final List<CompletableFuture<Long>> held = new ArrayList<>();
      private long scheduledAt = Long.MIN_VALUE;
      private List<String> agenda;
      private CompletableFuture<Long> current;

      Sessions(int concurrency) {
        clock = Executors.newSingleThreadScheduledExecutor();
        closers = Executors.newFixedThreadPool(concurrency);
      }

      synchronized CompletableFuture<Long> place(String processInstanceId) {
        long now = System.currentTimeMillis();
        if (current == null || now >= scheduledAt - marginMs) {
          scheduledAt = now + leadMs;
          List<String> meetingAgenda = Collections.synchronizedList(new ArrayList<>());
          CompletableFuture<Long> meeting = new CompletableFuture<>();
          clock.schedule(() -> hold(meetingAgenda, meeting), leadMs, TimeUnit.MILLISECONDS);
          agenda = meetingAgenda;
          current = meeting;
          held.add(meeting);
        }
        agenda.add(processInstanceId);
        return current;
      }

      /** The ballots, one dossier at a time, then the meeting's results to every dossier at once. */
      private void hold(List<String> agenda, CompletableFuture<Long> meeting) {
        try {
          List<Task> council = new ArrayList<>();
          for (String id : agenda) {
            Task task = task(id, "COUNCIL_SECRETARY@district");
            tasks.setVariables(task.getId(), Map.of("votesFor", 4, "membersTotal", 4));
            council.add(task);
          }
          long closing = System.currentTimeMillis();
          CompletableFuture.allOf(council.stream()
              .map(task -> CompletableFuture.runAsync(() -> complete(task, "secretary", Map.of("passed", true)), closers))
              .toArray(CompletableFuture[]::new)).join();
          meeting.complete(closing);
        } catch (RuntimeException error) {
          meeting.completeExceptionally(error);
        }
      }

      void close() {
        CompletableFuture.allOf(held.toArray(new CompletableFuture[0])).join();
        clock.shutdown();
        closers.shutdown();
      }
    }
  }
}
