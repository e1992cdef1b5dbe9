package no.ipfhir.server.write;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import no.ipfhir.server.kernel.WriteStep;
import org.junit.jupiter.api.Test;

/** The README's list of what every write goes through is the write pipeline's own list. */
class WritePipelineDocumentationTest {

    static final String START =
            "<!-- write-steps:start (generated from kernel/WriteStep; see WritePipelineDocumentationTest) -->";
    static final String END = "<!-- write-steps:end -->";

    @Test
    void theReadmeListsTheWriteStepsInTheirOrder() throws Exception {
        Path readme = Path.of("..", "README.md");
        String text = Files.readString(readme);
        assertThat(text).contains(START).contains(END);
        String listed = text.substring(text.indexOf(START) + START.length(), text.indexOf(END))
                .strip();
        String expected = WriteStep.markdownTable().strip();
        if (!listed.equals(expected) && Boolean.getBoolean("write-steps.update")) {
            Files.writeString(readme, text.replace(listed, expected));
            return;
        }
        assertThat(listed)
                .as(
                        "README.md's write steps; regenerate with mvn -pl server test -Dtest=WritePipelineDocumentationTest -Dwrite-steps.update=true")
                .isEqualTo(expected);
    }
}
