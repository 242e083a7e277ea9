package io.regionpulse.warehouse;

import java.io.Serializable;
import java.util.HashMap;
import java.util.Map;
import org.apache.hadoop.conf.Configuration;

/** The driver's Hadoop configuration as a small serialisable map, rebuilt on executors (S3 keys, HDFS HA...). */
public final class HadoopConf implements Serializable {
    private final HashMap<String, String> entries = new HashMap<>();

    public HadoopConf(Configuration conf) {
        for (Map.Entry<String, String> e : conf) {
            entries.put(e.getKey(), e.getValue());
        }
    }

    public Configuration build() {
        Configuration c = new Configuration(false);
        entries.forEach(c::set);
        return c;
    }
}
