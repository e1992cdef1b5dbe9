package no.ipfhir.server.authentication;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One SMART App Launch clinical scope, e.g. {@code patient/CarePlan.rs} (v2) or {@code user/*.read} (v1).
 * v1 {@code read} means {@code rs}, {@code write} means {@code cud}, {@code *} means {@code cruds}.
 *
 * @param filter a v2 query filter ({@code patient/Observation.rs?category=…}), or empty
 */
public record SmartScope(Context context, String resourceType, Set<Permission> permissions, String filter) {

    public enum Context {
        PATIENT,
        USER,
        SYSTEM
    }

    /** SMART v2 permissions, in the order the spec writes them. */
    public enum Permission {
        CREATE('c'),
        READ('r'),
        UPDATE('u'),
        DELETE('d'),
        SEARCH('s');

        final char letter;

        Permission(char letter) {
            this.letter = letter;
        }
    }

    private static final Pattern SCOPE = Pattern.compile("(patient|user|system)/([A-Za-z]+|\\*)\\.([a-z*]+)(\\?.*)?");

    public static Optional<SmartScope> parse(String text) {
        Matcher matcher = SCOPE.matcher(text);
        if (!matcher.matches()) {
            return Optional.empty();
        }
        Set<Permission> permissions = permissions(matcher.group(3));
        if (permissions.isEmpty()) {
            return Optional.empty();
        }
        Context context = Context.valueOf(matcher.group(1).toUpperCase(Locale.ROOT));
        String filter = matcher.group(4) == null ? "" : matcher.group(4).substring(1);
        return Optional.of(new SmartScope(context, matcher.group(2), permissions, filter));
    }

    private static Set<Permission> permissions(String text) {
        switch (text) {
            case "read":
                return EnumSet.of(Permission.READ, Permission.SEARCH);
            case "write":
                return EnumSet.of(Permission.CREATE, Permission.UPDATE, Permission.DELETE);
            case "*":
                return EnumSet.allOf(Permission.class);
            default:
                break;
        }
        // v2: letters in the order c r u d s, each at most once.
        EnumSet<Permission> permissions = EnumSet.noneOf(Permission.class);
        int next = 0;
        for (char letter : text.toCharArray()) {
            Permission found = null;
            for (Permission permission : Permission.values()) {
                if (permission.letter == letter && permission.ordinal() >= next) {
                    found = permission;
                }
            }
            if (found == null) {
                return EnumSet.noneOf(Permission.class);
            }
            permissions.add(found);
            next = found.ordinal() + 1;
        }
        return permissions;
    }

    boolean appliesTo(String type) {
        return resourceType.equals("*") || resourceType.equals(type);
    }
}
