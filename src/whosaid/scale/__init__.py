"""Scale-out: the analysis as an Apache Spark job (`whosaid spark-analyze`, or `spark-submit` of `job.py`).

Needs the `spark` extra (pyspark) and Java 17+; nothing here is imported by the rest of whosaid.
"""
