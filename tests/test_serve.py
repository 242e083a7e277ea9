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
          "region_comention", "region_keywords", "metric_timeline", "runs"}


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


@pytest.fixture(scope="module")
def server(warehouse, tmp_path_factory):
    port = free_port()
    state = tmp_path_factory.mktemp("serve-state")
    proc = subprocess.Popen([str(PROJECT / "jobs" / "serve.sh"), "--warehouse", str(warehouse), "--port", str(port),
                             "--state-dir", str(state)], cwd=PROJECT, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                            text=True, start_new_session=True)
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
    try:
        if not ready.is_set():
            pytest.fail("jobs/serve.sh did not start:\n" + "".join(lines[-40:]))
        yield port, proc, lines
    finally:
        os.killpg(proc.pid, signal.SIGTERM)
        try:
            proc.wait(120)
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.wait(30)


def query(port, sql):
    conn = hive.connect(host="127.0.0.1", port=port, username="analyst", auth="NONE", database="default")
    try:
        cur = conn.cursor()
        cur.execute(sql)
        return cur.fetchall()
    finally:
        conn.close()


def test_lists_every_table_by_name(server):
    port, _, _ = server
    names = {row[1] for row in query(port, "SHOW TABLES")}
    assert TABLES <= names


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

