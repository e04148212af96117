package org.clientela.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * One form of address: the Spanish interface speaks to the person who uses it as «tú». Letters to
 * customers keep «usted», but they live in {@code resources/letters}, not in the messages; a hint
 * may quote them between «» or name the form itself in brackets.
 */
class FormOfAddressTests {

    private static final Path MESSAGES = Path.of("src/main/resources/messages");

    /** Requests to the reader in «usted» opening a sentence, the ones the interface used to mix with «tú». */
    private static final Pattern USTED = Pattern.compile("(?<![«\\p{L}])(Pulse|Introduzca|Seleccione|Indique|Revise|"
            + "Elija|Escriba|Imprima|Calcule|Empiece|Quite|Termine|Complete|Pida|Vuelva|Salude|Anote|Abra|"
            + "Cambie|Recuerde|Espere|Mire|Pregunte|Agradézcaselo|Ofrézcales|Escríbales|Llámelos|Pídales|"
            + "Haga|Apunte|Marque|Actualice|Compruebe|Use|Utilice|Restaure|"
            + "inténtelo|Inténtelo|escríbalo|cópielos|asegúrese|Asegúrese|fíjese|ha escrito|"
            + "haga una|espere a|marque el|compruebe que|actualice primero|use otra|No tiene llamadas|"
            + "Usted|usted|Puede imprimir|No puede aprobar|No tiene borradores)(?![\\p{L}»])");
    /** What a hint may quote: a letter's own words («…») or the form's name in brackets. */
    private static final Pattern QUOTED = Pattern.compile("«[^»]*»|\\([^)]*usted[^)]*\\)");

    @Test
    void theSpanishInterfaceSaysTu() throws IOException {
        List<String> usted = new ArrayList<>();
        try (Stream<Path> files = Files.list(MESSAGES)) {
            for (Path file : files.filter(f -> f.getFileName().toString().endsWith("_es.properties"))
                    .sorted()
                    .toList()) {
                Properties messages = new Properties();
                try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                    messages.load(reader);
                }
                messages.stringPropertyNames().stream().sorted().forEach(key -> {
                    String text = QUOTED.matcher(messages.getProperty(key)).replaceAll("");
                    if (USTED.matcher(text).find()) {
                        usted.add(file.getFileName() + ": " + key + "=" + messages.getProperty(key));
                    }
                });
            }
        }
        assertThat(usted).as("messages that address the user as «usted»").isEmpty();
    }

    @Test
    void theGuardSeesUsted() {
        assertThat(USTED.matcher("Pulse «Revisar ahora»").find()).isTrue();
        assertThat(USTED.matcher(QUOTED.matcher("Pulsa «Revise usted»").replaceAll(""))
                        .find())
                .isFalse();
        assertThat(USTED.matcher("El importe es negativo").find()).isFalse();
        assertThat(USTED.matcher("Aún no hay copias. Haga una ahora o espere a la de esta noche.")
                        .find())
                .isTrue();
        assertThat(USTED.matcher("La carta sigue aprobada; inténtelo de nuevo.").find())
                .isTrue();
        assertThat(USTED.matcher("Aún no hay copias. Haz una ahora o espera a la de esta noche.")
                        .find())
                .isFalse();
    }
}
