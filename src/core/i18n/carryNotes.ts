// The notes New quarter puts on carried-over key results (core/carryOver.ts), in the four languages.
import type { Language } from '../model';

/** `{label}` is last quarter's label. */
export const CARRY_NOTES: Record<Language, { carried: string; committed: string }> = {
  en: { carried: 'Carried over from {label}', committed: 'Committed in {label} and not met: review' },
  fa: { carried: 'منتقل‌شده از {label}', committed: 'در {label} تعهدی بود و محقق نشد: بازبینی شود' },
  ar: { carried: 'منقول من {label}', committed: 'كان ملتزمًا به في {label} ولم يتحقق: يحتاج إلى مراجعة' },
  hu: { carried: 'Áthozva innen: {label}', committed: '{label}: vállalt, de nem teljesült – felülvizsgálandó' },
};
