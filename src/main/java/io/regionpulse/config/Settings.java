package io.regionpulse.config;

import com.typesafe.config.Config;
import com.typesafe.config.ConfigFactory;
import com.typesafe.config.ConfigRenderOptions;
import com.typesafe.config.ConfigValueFactory;
import io.regionpulse.ingest.IngestSettings;
import io.regionpulse.text.CleanerSettings;
import java.io.File;
import java.util.List;
import java.util.Map;

/**
 * The effective settings of a run, resolved once (see reference.conf for the precedence) and
 * immutable afterwards. Stages read their own typed pieces; only small serialisable records such
 * as {@link IngestSettings} go to executors.
 */
public final class Settings {
    public static final String WAREHOUSE = "regionpulse.warehouse";
    public static final String INPUT = "regionpulse.input";
    public static final String MASTER = "regionpulse.spark.master";
    public static final String SHUFFLE_PARTITIONS = "regionpulse.spark.shuffle-partitions";
    public static final String GAZETTEER_PATH = "regionpulse.gazetteer.path";

    private final Config config;

    private Settings(Config config) {
        this.config = config;
    }

    /**
     * @param confFile optional overlay file (null: $RP_CONF if set)
     * @param overrides flat key → value pairs from the command line (highest precedence)
     */
    public static Settings load(String confFile, Map<String, Object> overrides) {
        Config base = ConfigFactory.defaultReference();
        String file = confFile != null ? confFile : System.getenv("RP_CONF");
        Config layered = base;
        if (file != null && !file.isBlank()) {
            File f = new File(file);
            if (!f.isFile()) {
                throw new UserError("configuration file not found: " + file);
            }
            layered = ConfigFactory.parseFile(f).withFallback(layered);
        }
        layered = ConfigFactory.systemProperties().withFallback(layered);
        Config cli = ConfigFactory.empty();
        for (Map.Entry<String, Object> e : overrides.entrySet()) {
            cli = cli.withValue(e.getKey(), ConfigValueFactory.fromAnyRef(e.getValue()));
        }
        try {
            return new Settings(cli.withFallback(layered).resolve());
        } catch (com.typesafe.config.ConfigException e) {
            throw new UserError("bad configuration: " + e.getMessage());
        }
    }

    public static Settings defaults() {
        return load(null, Map.of());
    }

    public Config config() {
        return config;
    }

    public String warehouse() {
        return config.getString(WAREHOUSE);
    }

    public List<String> inputs() {
        return config.getStringList(INPUT);
    }

    public String master() {
        return config.getString(MASTER);
    }

    public int shufflePartitions() {
        return config.getInt(SHUFFLE_PARTITIONS);
    }

    public String gazetteerPath() {
        return config.getString(GAZETTEER_PATH);
    }

    public IngestSettings ingest() {
        return new IngestSettings(config.getBytes("regionpulse.ingest.max-record-bytes"));
    }

    public int filesPerTask() {
        return config.getInt("regionpulse.ingest.files-per-task");
    }

    public CleanerSettings clean() {
        CleanerSettings d = CleanerSettings.defaults();
        return new CleanerSettings(
                config.getInt("regionpulse.clean.min-chars"),
                config.getDouble("regionpulse.clean.min-chinese-share"),
                config.getInt("regionpulse.clean.max-chars"));
    }

    public int keywordLimit() {
        return config.getInt("regionpulse.extract.keyword-limit");
    }

    /** The regionpulse subtree as compact JSON, stored in runs.config. */
    public String toJson() {
        return config.getConfig("regionpulse").root().render(ConfigRenderOptions.concise());
    }
}
