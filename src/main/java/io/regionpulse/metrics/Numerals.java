package io.regionpulse.metrics;

/**
 * The characters of written numbers: folding of full-width and Traditional forms, the value of
 * Chinese digits, 十/百/千 and 万/亿 multipliers, and the rounding that removes binary noise.
 * Pure lookup tables, no state.
 */
final class Numerals {
    private Numerals() {}

    /** Folds full-width digits and signs and Traditional numeral characters; keeps the length. */
    public static char[] fold(CharSequence text) {
        char[] out = new char[text.length()];
        for (int i = 0; i < out.length; i++) {
            out[i] = fold(text.charAt(i));
        }
        return out;
    }

    static char fold(char c) {
        if (c >= '０' && c <= '９') {
            return (char) ('0' + (c - '０'));
        }
        switch (c) {
            case '．':
                return '.';
            case '％':
                return '%';
            case '－':
            case '−':
                return '-';
            case '＋':
                return '+';
            case '／':
                return '/';
            case 'Ｋ':
                return 'K';
            case 'ｋ':
                return 'k';
            case '～':
                return '~';
            case '〇':
                return '零';
            case '萬':
                return '万';
            case '億':
                return '亿';
            case '兩':
            case '倆':
                return '两';
            case '點':
                return '点';
            case '負':
                return '负';
            case '個':
                return '个';
            case '幾':
                return '几';
            case '餘':
                return '余';
            case '對':
                return '对';
            case '雙':
                return '双';
            case '圓':
                return '元';
            default:
                return c;
        }
    }

    /** Value of a Chinese digit character (零 to 九, 两, financial forms), or -1. */
    static int cnDigit(char c) {
        switch (c) {
            case '零':
                return 0;
            case '一':
            case '壹':
                return 1;
            case '二':
            case '贰':
            case '貳':
            case '两':
                return 2;
            case '三':
            case '叁':
            case '參':
                return 3;
            case '四':
            case '肆':
                return 4;
            case '五':
            case '伍':
                return 5;
            case '六':
            case '陆':
            case '陸':
                return 6;
            case '七':
            case '柒':
                return 7;
            case '八':
            case '捌':
                return 8;
            case '九':
            case '玖':
                return 9;
            default:
                return -1;
        }
    }

    static int smallUnit(char c) {
        switch (c) {
            case '十':
            case '拾':
                return 10;
            case '百':
            case '佰':
                return 100;
            case '千':
            case '仟':
                return 1000;
            default:
                return 0;
        }
    }

    static double bigUnit(char c) {
        return c == '万' ? 1e4 : c == '亿' ? 1e8 : 0;
    }

    static boolean financial(char c) {
        return "壹贰貳叁參肆伍陆陸柒捌玖拾佰仟".indexOf(c) >= 0;
    }

    static boolean isAsciiLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    static boolean isAsciiDigit(char c) {
        return c >= '0' && c <= '9';
    }

    static boolean isNumeralChar(char c) {
        return isAsciiDigit(c) || cnDigit(c) >= 0 || smallUnit(c) > 0 || bigUnit(c) > 0;
    }

    static int skipSpaces(char[] t, int p, int to) {
        int q = p;
        while (q < to && q - p < 4 && (t[q] == ' ' || t[q] == '\u3000')) {
            q++;
        }
        return q;
    }

    /** Keeps 12 significant digits: removes binary noise such as 1100.9 * 1e8 = 1.1009000000000002E11. */
    static double round(double v) {
        if (v == 0 || Double.isNaN(v) || Double.isInfinite(v)) {
            return v;
        }
        double scale = Math.pow(10, 11 - Math.floor(Math.log10(Math.abs(v))));
        double r = Math.round(v * scale) / scale;
        return Double.isFinite(r) && Math.abs(v * scale) < 9e18 ? r : v;
    }
}
