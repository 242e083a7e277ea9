package io.regionpulse.jobs;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import javax.security.sasl.AuthenticationException;
import org.apache.hive.service.auth.PasswdAuthenticationProvider;

/**
 * Username/password check of {@code jobs/serve.sh --user NAME} (the password from
 * {@code RP_SERVE_PASSWORD}): HiveServer2's own CUSTOM authentication (SASL PLAIN on the Thrift
 * transport), so every HiveServer2 client sends it the usual way (JDBC {@code user}/{@code password},
 * PyHive {@code auth='CUSTOM'}). The server process keeps the expected name and a SHA-256 of the
 * password in system properties; the comparison is constant-time.
 */
public final class ServeAuth implements PasswdAuthenticationProvider {
    static final String USER = "regionpulse.serve.user";
    static final String PASSWORD_SHA256 = "regionpulse.serve.password.sha256";

    @Override
    public void Authenticate(String user, String password) throws AuthenticationException {
        if (!matches(System.getProperty(USER), System.getProperty(PASSWORD_SHA256), user, password)) {
            throw new AuthenticationException("wrong user name or password");
        }
    }

    static boolean matches(String wantUser, String wantSha256, String user, String password) {
        if (wantUser == null || wantSha256 == null || user == null || password == null) {
            return false;
        }
        boolean u =
                MessageDigest.isEqual(wantUser.getBytes(StandardCharsets.UTF_8), user.getBytes(StandardCharsets.UTF_8));
        boolean p = MessageDigest.isEqual(
                wantSha256.getBytes(StandardCharsets.US_ASCII), sha256(password).getBytes(StandardCharsets.US_ASCII));
        return u & p;
    }

    static String sha256(String s) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
            return java.util.HexFormat.of().formatHex(d);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
