"""Example Airflow DAG: the RegionPulse nightly run, one task per crawl day.

Copy to the Airflow dags/ folder and set the Variables regionpulse_home, regionpulse_warehouse
and regionpulse_input_pattern. jobs/nightly.sh exits 0 (done), 3 (nothing to do), 1 (failed),
2 (usage error); exit 3 becomes a *skipped* task (BashOperator's skip_on_exit_code), so an empty
crawl day is visible but does not page anyone. Retries are safe: stages are idempotent and a
rerun finishes whatever a killed run left pending.
"""
from datetime import datetime, timedelta

from airflow import DAG

try:  # Airflow 2.x
    from airflow.operators.bash import BashOperator
except ImportError:  # Airflow 3 moved it to the standard provider
    from airflow.providers.standard.operators.bash import BashOperator

NOTHING_TO_DO = 3

default_args = {
    "owner": "regionpulse",
    "retries": 2,
    "retry_delay": timedelta(minutes=15),
    "execution_timeout": timedelta(hours=2),
}

with DAG(
    dag_id="regionpulse_nightly",
    description="One day's crawl folder into the RegionPulse Delta warehouse",
    schedule="30 2 * * *",
    start_date=datetime(2024, 1, 1),
    catchup=False,
    max_active_runs=1,  # one writer per warehouse at a time
    default_args=default_args,
    tags=["regionpulse"],
) as dag:
    nightly = BashOperator(
        task_id="nightly",
        # {{ ds }} is the logical date: the day the crawl folder belongs to.
        bash_command=(
            'cd "{{ var.value.get("regionpulse_home", "/opt/regionpulse") }}" && '
            'jobs/nightly.sh --date {{ ds }} '
            '--warehouse "{{ var.value.get("regionpulse_warehouse", "/data/warehouse") }}" '
            '--set "regionpulse.nightly.input-pattern={{ var.value.get("regionpulse_input_pattern", "/data/crawl/{date}") }}"'
        ),
        skip_on_exit_code=NOTHING_TO_DO,
        env={"RP_HEAP": "12g"},
        append_env=True,
    )

    summary = BashOperator(
        task_id="table_sizes",
        bash_command=(
            'cd "{{ var.value.get("regionpulse_home", "/opt/regionpulse") }}" && '
            'jobs/sql.sh --warehouse "{{ var.value.get("regionpulse_warehouse", "/data/warehouse") }}" '
            "--format csv \"SELECT stage, status, input_rows, output_rows, rejected_rows FROM runs "
            "WHERE run_id = (SELECT max(run_id) FROM runs)\""
        ),
    )

    nightly >> summary

# Weekly maintenance: compaction and bounded history (OPTIMIZE + VACUUM, retention ≥ 24 h).
# max_active_runs=1 on both DAGs and a Sunday-morning slot keep it off the nightly writer.
with DAG(
    dag_id="regionpulse_maintain",
    description="Compact the RegionPulse Delta tables and bound their history",
    schedule="0 5 * * 0",
    start_date=datetime(2024, 1, 1),
    catchup=False,
    max_active_runs=1,
    default_args=default_args,
    tags=["regionpulse"],
) as maintain_dag:
    BashOperator(
        task_id="maintain",
        bash_command=(
            'cd "{{ var.value.get("regionpulse_home", "/opt/regionpulse") }}" && '
            'jobs/maintain.sh --warehouse "{{ var.value.get("regionpulse_warehouse", "/data/warehouse") }}"'
        ),
        env={"RP_HEAP": "8g"},
        append_env=True,
    )

# Reprocessing after a rules change (gazetteer, cleaning or extraction rules): no schedule, trigger
# it by hand after a deploy. --only-outdated makes a rerun after a failure finish the work.
with DAG(
    dag_id="regionpulse_reprocess",
    description="Bring earlier RegionPulse documents up to the current rules",
    schedule=None,
    start_date=datetime(2024, 1, 1),
    catchup=False,
    max_active_runs=1,
    default_args=default_args,
    tags=["regionpulse"],
) as reprocess_dag:
    BashOperator(
        task_id="reprocess",
        bash_command=(
            'cd "{{ var.value.get("regionpulse_home", "/opt/regionpulse") }}" && '
            'jobs/reprocess.sh --warehouse "{{ var.value.get("regionpulse_warehouse", "/data/warehouse") }}" '
            "--only-outdated"
        ),
        env={"RP_HEAP": "8g"},
        append_env=True,
    )
