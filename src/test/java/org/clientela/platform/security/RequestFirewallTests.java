package org.clientela.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.springframework.security.web.firewall.StrictHttpFirewall;

/**
 * The firewall's character rules, written as loops, allow and refuse exactly what Spring Security's
 * regular expressions do: checked on every character of the first two planes and a sample beyond,
 * alone and inside ordinary text.
 */
class RequestFirewallTests {

    @Test
    void headerAndParameterNamesFollowTheDefaultRuleOnEveryCharacter() {
        decidesAsTheDefault(RequestFirewall::assignedAndNotControl, StrictHttpFirewall.ALLOWED_HEADER_NAMES);
    }

    @Test
    void headerValuesFollowTheDefaultRuleOnEveryCharacter() {
        decidesAsTheDefault(RequestFirewall::headerValue, StrictHttpFirewall.ALLOWED_HEADER_VALUES);
    }

    static void decidesAsTheDefault(Predicate<String> loop, Predicate<String> pattern) {
        for (String text : samples()) {
            assertThat(loop.test(text)).as("%s", describe(text)).isEqualTo(pattern.test(text));
        }
    }

    @Test
    void ordinaryHeadersPassAndControlCharactersDoNot() {
        assertThat(RequestFirewall.headerValue("Bearer clt_abc123; q=0.9, es-ES"))
                .isTrue();
        assertThat(RequestFirewall.headerValue("María José\tÑandú")).isTrue();
        assertThat(RequestFirewall.headerValue("evil\r\nSet-Cookie: x")).isFalse();
        assertThat(RequestFirewall.assignedAndNotControl("X-Name\t")).isFalse();
        assertThat(RequestFirewall.headerValue("nul\u0000")).isFalse();
    }

    static List<String> samples() {
        List<String> texts = new ArrayList<>();
        for (int cp = 0; cp < 0x20000; cp++) {
            texts.add(new String(Character.toChars(cp)));
            if (cp % 97 == 0) {
                texts.add("abc" + new String(Character.toChars(cp)) + "def");
            }
        }
        for (int cp = 0x20000; cp <= Character.MAX_CODE_POINT; cp += 4099) {
            texts.add("x" + new String(Character.toChars(cp)));
        }
        texts.add("\uD800"); // a lone surrogate
        texts.add("a\uDC00b");
        texts.add("");
        return texts;
    }

    static String describe(String text) {
        return text.codePoints()
                .mapToObj(cp -> String.format("U+%04X", cp))
                .toList()
                .toString();
    }
}
