/**
 * Words of page furniture in en, sv and vi: what site chrome says, so that it is never taken for a
 * headline, and the function words a headline does not end on. Data, not logic: each list says what
 * it decides. Entries are compared after folding (lower case, marks stripped, spaces collapsed).
 */

/**
 * Whole lines that are site chrome: skip-links, menus, sharing, sign-in, advertising labels,
 * pagination and widget titles.
 */
export const CHROME_LINES: readonly string[] = [
  // English
  'accessibility links',
  'skip to content',
  'skip to main content',
  'skip to navigation',
  'jump to content',
  'main menu',
  'menu',
  'search',
  'home',
  'homepage',
  'log in',
  'login',
  'sign in',
  'sign up',
  'subscribe',
  'newsletter',
  'connect with us',
  'follow us',
  'share',
  'share this article',
  'share on facebook',
  'print',
  'email',
  'next article',
  'previous article',
  'next',
  'previous',
  'breaking news',
  'latest news',
  'top stories',
  'trending',
  'most read',
  'most popular',
  'popular',
  'advertisement',
  'sponsored',
  'cookie settings',
  'feedback',
  'others',
  'tags',
  'topics',
  'details',
  'for reference',
  'back to top',
  'close',
  'no sub-categories',
  // The tagline of Wikipedia and its mirrors, under the article's heading, and its skip links,
  // alone or on one line ("Hoppa till navigering Hoppa till sök").
  'from wikipedia, the free encyclopedia',
  'jump to navigation',
  'jump to search',
  'jump to navigation jump to search',
  'hoppa till navigering',
  'hoppa till sök',
  'hoppa till navigering hoppa till sök',
  'bước tới nội dung',
  'bước tới điều hướng',
  'bước tới tìm kiếm',
  'bước tới điều hướng bước tới tìm kiếm',
  // Swedish
  'från wikipedia, den fria encyklopedin',
  'hoppa till huvudinnehåll',
  'hoppa till innehållet',
  'till innehållet',
  'meny',
  'sök',
  'logga in',
  'prenumerera',
  'dela',
  'dela artikeln',
  'skriv ut',
  'annons',
  'annonssamarbete',
  'mest läst',
  'senaste nytt',
  'populärt',
  'nyhetsbrev',
  'taggar i artikeln',
  'ämnen i artikeln',
  'fakta',
  'stäng',
  // Vietnamese
  // The state's name and motto over a government portal's masthead.
  'nước cộng hòa xã hội chủ nghĩa việt nam',
  'cộng hòa xã hội chủ nghĩa việt nam',
  'độc lập - tự do - hạnh phúc',
  'vào nội dung chính',
  'bỏ qua nội dung',
  'trang chủ',
  'tìm kiếm',
  // A social site's search box: "Tìm kiếm trên Facebook", "Search Facebook".
  'tìm kiếm trên facebook',
  'search facebook',
  'sök på facebook',
  // A social group's button: "Tham gia nhóm", "Join group", "Gå med i gruppen".
  'tham gia nhóm',
  'join group',
  'gå med i gruppen',
  'đăng nhập',
  'đăng ký',
  'chia sẻ',
  'in bài',
  'quảng cáo',
  'đọc nhiều',
  'tin mới',
  'tin nổi bật',
  // A social group's pinned section and its feed: "Bài viết nổi bật", "Featured posts", Zalo's
  // "Bài đăng trên bảng tin cộng đồng", Facebook's "Bài viết của thành viên nhóm mới".
  'bài viết nổi bật',
  'featured posts',
  'bài đăng trên bảng tin cộng đồng',
  'bài viết của thành viên nhóm mới',
  // A post's mark of an edit under its stamp.
  'đã chỉnh sửa',
  'edited',
  'redigerat',
  // A chat's heading over its pinned messages.
  'tin nhắn đã ghim',
  'pinned messages',
  'fästa meddelanden',
  'tin mới nhất',
  'xem nhiều',
  'bài viết khác',
  'các bài khác',
  'đóng',
];

/**
 * Labels that open a line of chrome listing other pages or site sections: "Populärt: …",
 * "Trending: …", "Đọc nhiều: …", "Tags: …".
 */
export const CHROME_LABELS: readonly string[] = [
  'populärt',
  'mest läst',
  'trending',
  'most read',
  'tags',
  'topics',
  'taggar',
  'ämnen',
  'từ khóa',
  'tag',
  'chủ đề',
  'đọc nhiều',
  'filtered by',
  // A language picker: "Språk: Svenska ▾", "Language: English", "Ngôn ngữ: Tiếng Việt".
  'språk',
  'language',
  'ngôn ngữ',
  // A chat's or a group's fields over its messages: "Nhóm: Người Việt Osaka", "Group: …", and
  // its pinned message ("Ghim: Nội quy nhóm …").
  'nhóm',
  'group',
  'grupp',
  'ghim',
  'tin nhắn đã ghim',
  'tin ghim',
  'pinned',
  'fäst',
];

/** Words that close a line of chrome: a close or dismiss button glued to a banner ("… nếu mạng chậm. Đóng"). */
export const CHROME_LINE_ENDS: readonly string[] = ['đóng', 'close', 'stäng', 'dismiss', 'ok'];

/**
 * Section names of news sites, which stand alone above a headline (or glued in front of it):
 * "Samhälle", "Quốc phòng - An ninh", "World".
 */
export const SECTIONS: readonly string[] = [
  'thời sự',
  'chính trị',
  'kinh tế',
  'xã hội',
  'thế giới',
  'quốc phòng - an ninh',
  'quốc phòng',
  'an ninh',
  'văn hóa',
  'giáo dục',
  'pháp luật',
  'thể thao',
  'sức khỏe',
  'du lịch',
  'khoa học',
  'công nghệ',
  'đời sống',
  'samhälle',
  'inrikes',
  'utrikes',
  'nyheter',
  'ekonomi',
  'politik',
  'kultur',
  'sport',
  'världen',
  'world',
  'politics',
  'business',
  'news',
  'society',
  'national',
  'opinion',
  'travel',
  'life',
];

/**
 * Function words a headline does not end on (a line ending on one is a sentence broken across
 * lines: "I Sydkinesiska havet i").
 */
export const TRAILING_FUNCTION_WORDS: readonly string[] = [
  'the',
  'a',
  'an',
  'of',
  'at',
  'to',
  'for',
  'and',
  'or',
  'with',
  'from',
  'i',
  'och',
  'för',
  'om',
  'en',
  'ett',
  'att',
  'som',
  'và',
  'của',
  'ở',
  'tại',
  'với',
  'cho',
  'các',
  'những',
  'là',
];

/**
 * Words that end a headline as a verb's particle ("Svenska företag vill vara med", "Japan steps
 * in") and a line broken in a sentence as a preposition: a line ending on one is a headline unless
 * the next line goes on in lower case.
 */
export const TRAILING_PARTICLES: readonly string[] = ['in', 'on', 'by', 'på', 'av', 'till', 'med'];

/**
 * Nouns for a journalist's role, lower case: a by-line's part ending on one is the author's role
 * ("By Kenji Moriyama, Staff writer", "Hanoi correspondent"), not the outlet.
 */
export const BYLINE_ROLES: readonly string[] = [
  'writer',
  'reporter',
  'correspondent',
  'editor',
  'columnist',
  'journalist',
  'contributor',
  'photographer',
  'desk',
  'skribent',
  'korrespondent',
  'redaktör',
  'medarbetare',
  'fotograf',
  'krönikör',
  'phóng viên',
  'biên tập viên',
  'cộng tác viên',
  'thông tấn viên',
];

/** Words that open a by-line: "By …", "Av …", "Bởi …", "Tác giả: …", "Reported by …", "Nhóm phóng viên …". */
export const BYLINE_WORDS: readonly string[] = [
  'by',
  'av',
  'bởi',
  'tác giả',
  'nhóm phóng viên',
  'nhóm pv',
  'reported by',
  'written by',
  'text',
  'text:',
];

/** Words that join the names of a by-line ("Mai Nguyen and Kenji Takahashi"), lower case. */
export const NAME_JOINERS: ReadonlySet<string> = new Set(['and', 'och', 'và', '&']);
