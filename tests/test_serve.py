"""jobs/serve.sh: a BI tool's view of the warehouse over the HiveServer2 protocol.

The client is PyHive, the library Superset's hive:// connections use: a process outside the
JVM of the jobs, speaking Thrift to the server that jobs/serve.sh starts.
"""

import os
import pathlib
import signal
import socket
import subprocess
import threading
import time

import pytest
from pyhive import hive

from conftest import PROJECT

TABLES = {"pages", "rejects", "documents", "region_mentions", "metrics", "region_timeline",
          "region_comention", "region_keywords", "metric_timeline", "regions", "runs"}
INTERNAL = {"text_signatures", "aggregate_state"}


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def listening_addresses(port: int) -> set[str]:
    """Local addresses with a socket listening on port (from /proc/net/tcp{,6})."""
    found = set()
    for table in ("/proc/net/tcp", "/proc/net/tcp6"):
        if not os.path.exists(table):
            continue
        for line in pathlib.Path(table).read_text().splitlines()[1:]:
            local, state = line.split()[1], line.split()[3]
            addr, p = local.split(":")
            if int(p, 16) == port and state == "0A":
                found.add(addr)
    return found


def start_server(warehouse, state, *extra, env=None):
    """Starts jobs/serve.sh on a free port; returns (port, process, output lines) once it serves."""
    port = free_port()
    proc = subprocess.Popen([str(PROJECT / "jobs" / "serve.sh"), "--warehouse", str(warehouse), "--port", str(port),
                             "--state-dir", str(state), *extra], cwd=PROJECT, stdout=subprocess.PIPE,
                            stderr=subprocess.STDOUT, text=True, start_new_session=True,
                            env={**os.environ, **(env or {})})
    lines = []
    ready = threading.Event()

    def read():
        for line in proc.stdout:
            lines.append(line)
            if line.startswith("serving "):
                ready.set()

    threading.Thread(target=read, daemon=True).start()
    deadline = time.monotonic() + 900
    while not ready.is_set() and proc.poll() is None and time.monotonic() < deadline:
        ready.wait(2)
    if not ready.is_set():
        stop_server(proc)
        pytest.fail("jobs/serve.sh did not start:\n" + "".join(lines[-40:]))
    return port, proc, lines


def stop_server(proc):
    os.killpg(proc.pid, signal.SIGTERM)
    try:
        proc.wait(120)
    except subprocess.TimeoutExpired:
        os.killpg(proc.pid, signal.SIGKILL)
        proc.wait(30)


@pytest.fixture(scope="module")
def server(warehouse, tmp_path_factory):
    port, proc, lines = start_server(warehouse, tmp_path_factory.mktemp("serve-state"))
    try:
        yield port, proc, lines
    finally:
        stop_server(proc)


def query(port, sql):
    conn = hive.connect(host="127.0.0.1", port=port, username="analyst", auth="NONE", database="default")
    try:
        cur = conn.cursor()
        cur.execute(sql)
        return cur.fetchall()
    finally:
        conn.close()


def test_lists_every_public_table_by_name_and_no_internal_one(server):
    port, _, _ = server
    names = {row[0] for row in query(port, "SHOW TABLES")}
    assert names == TABLES


def test_sqlalchemy_inspector_sees_tables_and_columns(server):
    """What Superset calls: the PyHive dialect's inspector (get_table_names, get_columns)."""
    sqlalchemy = pytest.importorskip("sqlalchemy")
    port, _, _ = server
    engine = sqlalchemy.create_engine(f"hive://analyst@127.0.0.1:{port}/default")
    try:
        inspector = sqlalchemy.inspect(engine)
        assert "default" in inspector.get_schema_names()
        names = inspector.get_table_names(schema="default")
        assert set(names) == TABLES, "real table names, no internal table"
        for table in TABLES:
            columns = inspector.get_columns(table, schema="default")
            assert columns, table
            assert all(c["name"] and not c["name"].startswith("#") for c in columns)
        by_name = {c["name"]: c for c in inspector.get_columns("region_timeline", schema="default")}
        assert {"region_name", "mentions", "documents", "period_start", "granularity"} <= set(by_name)
        assert isinstance(by_name["mentions"]["type"], sqlalchemy.types.BigInteger)
        with engine.connect() as conn:
            n = conn.execute(sqlalchemy.text("SELECT count(*) FROM region_timeline")).scalar()
        assert n > 0
    finally:
        engine.dispose()


def test_column_comments_are_served(server):
    port, _, _ = server
    rows = query(port, "DESCRIBE region_timeline")
    comments = {name: comment for name, _type, comment in rows if name and not name.startswith("#")}
    assert all(comments[c] for c in ("region_name", "mentions", "documents")), comments


REFUSED = {
    "insert into a view": "INSERT INTO runs SELECT * FROM runs LIMIT 1",
    "insert": "INSERT INTO regionpulse_storage.runs SELECT * FROM regionpulse_storage.runs LIMIT 1",
    "delete": "DELETE FROM regionpulse_storage.runs WHERE true",
    "update": "UPDATE regionpulse_storage.runs SET status = 'x'",
    "drop": "DROP TABLE regionpulse_storage.runs",
    "drop view": "DROP VIEW runs",
    "create location": "CREATE TABLE stolen USING csv LOCATION '/tmp' AS SELECT 1 AS x",
    "create external": "CREATE TABLE etc_passwd (line STRING) USING text LOCATION '/etc/passwd'",
    "read csv path": "SELECT * FROM csv.`/etc/passwd`",
    "read text path": "SELECT * FROM text.`/etc/hostname`",
    "read delta path": "SELECT * FROM delta.`/tmp`",
    "temp view on a file": "CREATE TEMPORARY VIEW pw USING csv OPTIONS (path '/etc/passwd')",
    "set runSQLOnFiles": "SET spark.sql.runSQLOnFiles=true",
    "reflect": "SELECT reflect('java.lang.System', 'getProperty', 'user.home')",
    "add jar": "ADD JAR /tmp/x.jar",
    "cache": "CACHE TABLE runs",
}


@pytest.mark.parametrize("sql", REFUSED.values(), ids=REFUSED.keys())
def test_writes_and_file_reads_are_refused(server, sql):
    port, _, _ = server
    before = query(port, "SELECT count(*) FROM runs")[0][0]
    with pytest.raises(Exception) as refused:
        query(port, sql)
    message = str(refused.value)
    if " FROM csv.`" in sql or " FROM text.`" in sql or " FROM delta.`" in sql:
        # SQL on files is off: the path is only an unknown table name
        assert "TABLE_OR_VIEW_NOT_FOUND" in message, message
    elif sql.startswith("INSERT INTO runs"):
        assert "EXPECT_TABLE_NOT_VIEW" in message, message  # the public names are views
    else:
        assert "read-only endpoint" in message, message
    assert query(port, "SELECT count(*) FROM runs")[0][0] == before
    assert {row[0] for row in query(port, "SHOW TABLES")} == TABLES


def test_file_reads_stay_off_when_a_client_asks_for_them(server):
    """A client can pass Spark settings when it connects (hiveconf); turning SQL on files back on refuses all."""
    port, _, _ = server
    with pytest.raises(Exception) as refused:  # PyHive's connect already runs USE default: refused too
        conn = hive.connect(host="127.0.0.1", port=port, username="analyst", auth="NONE", database="default",
                            configuration={"set:hiveconf:spark.sql.runSQLOnFiles": "true"})
        try:
            conn.cursor().execute("SELECT * FROM csv.`/etc/passwd`")
        finally:
            conn.close()
    assert "spark.sql.runSQLOnFiles must stay false" in str(refused.value)


def test_reads_region_timeline(server):
    port, _, _ = server
    rows = query(port, """
        SELECT region_name, sum(documents) AS documents FROM region_timeline
        WHERE granularity = 'month' AND NOT is_rollup GROUP BY region_name ORDER BY documents DESC, region_name LIMIT 5""")
    assert len(rows) == 5
    assert all(isinstance(name, str) and documents > 0 for name, documents in rows)
    assert any("\u4e00" <= ch <= "\u9fff" for ch in rows[0][0]), "Chinese names survive the wire"


def test_reads_region_comention(server):
    port, _, _ = server
    rows = query(port, """
        SELECT region_a, region_b, co_documents, npmi FROM region_comention
        WHERE granularity = 'month' ORDER BY co_documents DESC, region_a, region_b LIMIT 10""")
    assert rows
    for a, b, co, npmi in rows:
        assert a < b and co >= 1
        assert npmi is None or -1.0 <= npmi <= 1.0


def test_binds_to_loopback_only(server):
    port, _, _ = server
    assert listening_addresses(port) <= {"0100007F", "0000000000000000FFFF00000100007F"}
    assert listening_addresses(port), "the server listens"



def test_non_loopback_host_needs_an_explicit_flag(warehouse):
    done = subprocess.run([str(PROJECT / "jobs" / "serve.sh"), "--warehouse", str(warehouse), "--host", "0.0.0.0"],
                          cwd=PROJECT, text=True, capture_output=True, timeout=600)
    assert done.returncode == 2
    assert "--allow-remote" in done.stderr


def test_user_and_password(warehouse, tmp_path_factory):
    """--user with RP_SERVE_PASSWORD: HiveServer2 CUSTOM auth; beyond loopback a warning is printed."""
    port, proc, lines = start_server(warehouse, tmp_path_factory.mktemp("serve-auth"), "--host", "0.0.0.0",
                                     "--allow-remote", "--user", "editor", env={"RP_SERVE_PASSWORD": "s3cret-pw"})
    try:
        assert any(line.startswith("WARNING: listening on 0.0.0.0") for line in lines), "".join(lines[-20:])

        def connect(user, password):
            return hive.connect(host="127.0.0.1", port=port, username=user, password=password, auth="CUSTOM",
                                database="default")

        conn = connect("editor", "s3cret-pw")
        try:
            cur = conn.cursor()
            cur.execute("SELECT count(*) FROM region_timeline")
            assert cur.fetchall()[0][0] > 0
        finally:
            conn.close()
        for user, password in (("editor", "wrong"), ("someone", "s3cret-pw")):
            with pytest.raises(Exception):
                connect(user, password).cursor().execute("SELECT 1")
    finally:
        stop_server(proc)
