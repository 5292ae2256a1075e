// Markdown → sanitized HTML for career prose. rehype-sanitize uses GitHub's allow-list, so raw
// HTML, <script>, event-handler attributes and javascript:/data: links never reach a page.
import { remark } from "remark";
import remarkGfm from "remark-gfm";
import remarkRehype from "remark-rehype";
import rehypeSanitize, { defaultSchema } from "rehype-sanitize";
import rehypeStringify from "rehype-stringify";

const schema = {
  ...defaultSchema,
  // Only web and mail links survive; GitHub's default also allows irc/xmpp, which we never need.
  protocols: { ...defaultSchema.protocols, href: ["http", "https", "mailto"] },
  // No user-supplied ids: they could clash with page landmarks and skip-link targets.
  clobber: ["name", "id"],
};

const processor = remark()
  .use(remarkGfm)
  .use(remarkRehype) // raw HTML in Markdown is dropped here (allowDangerousHtml is off)
  .use(rehypeSanitize, schema)
  .use(rehypeStringify);

export function renderMarkdown(markdown: string): string {
  return String(processor.processSync(markdown)).trim();
}
