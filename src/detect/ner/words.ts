/**
 * Hand-kept word lists: context cues and stop words for names, places and
 * organisations. All lower-case. Add a word to the list whose comment fits it.
 */

/** Titles written before a name ("Mr. Hoppe", "Dr Okafor", "Frau Müller"). */
export const HONORIFICS = [
  'mr', 'mrs', 'ms', 'miss', 'mx', 'dr', 'prof', 'professor', 'sir', 'dame', 'lord', 'lady', 'madam', 'madame',
  'mme', 'mlle', 'monsieur', 'herr', 'frau', 'señor', 'señora', 'senor', 'senora', 'sr', 'sra', 'srta', 'signor',
  'signora', 'sig', 'dott', 'pan', 'pani', 'rev', 'fr', 'capt', 'captain', 'sgt', 'officer', 'judge', 'coach',
  'uncle', 'aunt', 'auntie', 'grandma', 'grandpa', 'nurse', 'doctor', 'don', 'doña', 'dona', 'mister', 'mrs.',
  // Dutch ("Geachte heer/mevrouw van Dijk")
  'mevrouw', 'meneer', 'heer', 'dhr', 'mevr',
  // Mexican and Latin American professional titles ("Estimada Lic. Guadalupe Ibarra", "Ing. Raúl Soto", "Arq. Ana Díaz")
  'lic', 'licda', 'ing', 'arq', 'mtro', 'mtra',
  // abbreviated professional, police, legal and military ranks ("Engr. Ramon Aquino", "Det. Simone Ruiz",
  // "Barr. Emeka Obi", "Cllr Jane Hale"): the title is outside the name and never a name itself
  'engr', 'barr', 'det', 'insp', 'supt', 'cllr', 'atty', 'ofc', 'hon', 'sgt.', 'cpl', 'lt', 'col', 'maj', 'revd', 'ing', 'avv',
  // German dative and other languages' forms of address: "Herrn Klaus-Dieter Mühlhaus", Malay "Puan Rohani", "Encik",
  // Indonesian "Mbak Sekar", "Bapak", "Ibu", Turkish "Bayan", Greek (Latin script) "Kyria", Swahili "Mzee", Romanian "Dna"
  'herrn', 'puan', 'encik', 'tuan', 'mbak', 'bapak', 'ibu', 'bayan', 'kyria', 'kyrios', 'mzee', 'dna', 'sayın',
  // a birth name after a married one ("née Kelleher", "geb. Lüttich", "geborene Schmidt")
  'née', 'geb', 'geborene',
  // Filipino, Malay and Swahili forms of address ("Kuya Jun", "Ate Marites", "Dato' Seri Azman", "Haji Rahman",
  // "Bwana Otieno", "Bi Amina")
  // (not Tito, Tita, Lola, Lolo: names in Spanish)
  'kuya', 'ate', 'ginang', 'ginoo', 'gng', 'cik', 'dato', 'datuk', 'datin', 'haji', 'hajah', 'tun', 'bwana', 'bi',
  // Czech, Slovak and Romanian forms of address, vocatives included ("pane Dvořáku", "paní Nováková", "doamna Munteanu"),
  // the Italian feminine "Dott.ssa", Greek "κύριε / κυρία"
  'pane', 'paní', 'doamna', 'doamnă', 'domnul', 'domnule', 'domnului', 'ssa', 'κύριε', 'κυρία', 'κύριος', 'κ',
  // Malay and Indonesian older brother and sister ("Abang Zul", "Kak Yuni")
  'abang', 'kak',
];

/** Greetings and sign-offs that are followed by a name ("Dear Nelda,", "Thanks Blake!"). */
export const CUE_GREETING = [
  'dear', 'hi', 'hello', 'hey', 'hiya', 'yo', 'thanks', 'thank', 'thx', 'ty', 'cheers', 'regards', 'greetings',
  'welcome', 'congrats', 'congratulations', 'sincerely', 'best', 'bye', 'goodbye', 'morning', 'evening',
  'afternoon', 'night', 'love', 'xoxo', 'hallo', 'liebe', 'lieber', 'bonjour', 'salut', 'hola', 'ciao', 'cher',
  'chère', 'estimado', 'estimada', 'querido', 'querida', 'caro', 'cara', 'beste', 'hej', 'witaj', 'drogi', 'droga',
  // the second word of greetings of other languages ("Buenos días, Álvaro", "Boa tarde, Caio", "Oi Caio!")
  'días', 'dias', 'tardes', 'noches', 'olá', 'oi', 'buongiorno', 'buonasera', 'bonsoir', 'geachte', 'goedemorgen',
  'goedemiddag', 'goedenavond', 'hoi', 'moin', 'servus', 'prezado', 'prezada', 'gentile', 'egregio', 'egregia',
  // Greek sign-offs and greetings ("Με εκτίμηση,", "Φιλικά,", "Αγαπητέ")
  'εκτίμηση', 'φιλικά', 'αγαπητέ', 'αγαπητή',
  // thanks, greetings and wishes of other languages ("Kedves Katalin!", "Tack Sixten", "Kiitos Jussi", "Hongera Baraka",
  // "Děkujeme Janě", "Gracias, Itziar", "Terima kasih Zul")
  'hei', 'kiitos', 'tack', 'takk', 'kedves', 'szia', 'děkujeme', 'děkuji', 'ahoj', 'dziękuję', 'dzięki', 'gratulacje',
  'gratulerer', 'grattis', 'hongera', 'salamat', 'merhaba', 'grazie', 'gracias', 'obrigado', 'obrigada', 'merci',
  'danke', 'bedankt', 'namaste', 'kasih', 'polla', 'makasih', 'díky', 'köszönöm', 'köszi', 'mulțumesc', 'mersi', 'teşekkürler',
  'shoutout', 'cảm', 'ευχαριστώ', 'ευχαριστούμε',
  // sign-offs before the name on the next line ("Yours faithfully,", "Cordialement,", "Pozdrawiam,", "Wako,", "Yang benar,")
  'faithfully', 'truly', 'warmly', 'cordialement', 'salutations', 'saludos', 'atentamente', 'cumprimentos', 'pozdrawiam',
  'pozdrav', 'groeten', 'hälsningar', 'mvh', 'hilsen', 'terveisin', 'üdvözlettel', 'saygılarımla', 'grüße', 'grüsse',
  'saluti', 'wako', 'benar', 'salam',
];

/** Verbs and prepositions after which a capitalised word is often a person. */
export const CUE_NAME_BEFORE = [
  'contact', 'contacted', 'call', 'called', 'calling', 'ask', 'asked', 'tell', 'told', 'email', 'emailed', 'cc',
  'ping', 'pinged', 'with', 'from', 'to', 'by', 'for', 'named', 'name', 'is', 'am', 'im', "i'm", 'met', 'meet',
  'meeting', 'spoke', 'speak', 'talked', 'talk', 'sent', 'send', 'thank', 'married', 'son', 'daughter', 'wife',
  'husband', 'mom', 'dad', 'mother', 'father', 'brother', 'sister', 'friend', 'boss', 'colleague', 'cousin',
  'and', 'visit', 'invite', 'invited', 'hired', 'fired', 'introduce', 'introducing', 'attn', 'attention', 'signed',
  'per', 'via', 'cc:', 'dm', 'dmed', 'texted', 'text', 'saw', 'see', 'love', 'loves', 'miss', 'missed', 'told',
];

/** Role nouns written right before a name ("Customer Eda Dietrich", "account holder: Raegan Doyle"). */
export const CUE_ROLE = [
  'customer', 'client', 'applicant', 'patient', 'holder', 'agent', 'employee', 'user', 'manager', 'driver',
  'tenant', 'landlord', 'owner', 'buyer', 'seller', 'recipient', 'sender', 'author', 'candidate', 'student',
  'teacher', 'nurse', 'member', 'contact', 'rep', 'representative', 'technician', 'engineer', 'supervisor',
  'director', 'ceo', 'cto', 'cfo', 'founder', 'president', 'chairman', 'lawyer', 'attorney', 'witness', 'suspect',
  'victim', 'guest', 'passenger', 'beneficiary', 'signatory', 'consignee', 'physician', 'surgeon', 'therapist',
  'colleague', 'coworker', 'teammate', 'neighbour', 'neighbor', 'name', 'names', 'by', 'mr', 'ms',
  // transcript speakers, and roles of other languages ("Agente Lucía:", "Mitarbeiter (Ulrike):")
  'caller', 'speaker', 'sprecher', 'sprecherin', 'interviewer', 'interviewee', 'mitarbeiter', 'mitarbeiterin',
  'kunde', 'kundin', 'agente', 'atendente', 'cliente', 'operador', 'operadora', 'conseiller', 'conseillère',
  'medewerker', 'klant', 'paciente', 'paziente',
  // form labels of a surname ("Surname: WEISS")
  'surname', 'nachname', 'apellido', 'apellidos', 'sobrenome', 'cognome', 'achternaam',
  // couriers, owners, guardians, mayors and trainers of other languages ("Ihr Zusteller: Sven", "Livreur (Karim)",
  // "Eigenaar Jos van Gestel", "foresatt Trond Haugland", "dimarchos Thanasis Vasilopoulos", "Trainer: ...")
  'zusteller', 'zustellerin', 'fahrer', 'fahrerin', 'kurier', 'courier', 'livreur', 'livreuse', 'repartidor', 'repartidora',
  'entregador', 'entregadora', 'bezorger', 'bezorgster', 'eigenaar', 'eigenaresse', 'inhaber', 'inhaberin', 'propriétaire',
  'propietario', 'propietaria', 'proprietário', 'proprietária', 'titolare', 'foresatt', 'vårdnadshavare', 'værge', 'erziehungsberechtigter',
  'dimarchos', 'bürgermeister', 'bürgermeisterin', 'burgemeester', 'maire', 'alcalde', 'alcaldesa', 'sindaco', 'prefeito',
  'trainer', 'trainerin', 'trener', 'entrenador', 'entrenadora', 'allenatore', 'treinador',
];

/** Name particles that may sit inside a name ("Ludwig van Beethoven", "Rubio de la Cruz"). */
export const NAME_PARTICLES = ['van', 'von', 'de', 'der', 'den', 'da', 'das', 'do', 'dos', 'del', 'della', 'di', 'du', 'la', 'le', 'ter', 'ten', 'zu', 'y', 'bin', 'ibn', 'al', 'el', 'mac', 'st'];

/** Prepositions and verbs before a place ("in Lyon", "moved to Porto"). */
export const CUE_PLACE_BEFORE = [
  'in', 'at', 'near', 'from', 'to', 'into', 'around', 'outside', 'across', 'toward', 'towards', 'via', 'visit',
  'visited', 'visiting', 'live', 'lives', 'lived', 'living', 'based', 'born', 'moved', 'move', 'travel', 'flew',
  'fly', 'flying', 'trip', 'office', 'branch', 'city', 'of', 'nach', 'aus', 'bei', 'en', 'à', 'a', 'de', 'dans',
  // Portuguese, Italian, Dutch ("moro em Porto Alegre", "ragazzi di Milano", "verhuisd naar Utrecht")
  'em', 'di', 'naar',
  // Italian, Spanish, French, Dutch, Polish, Scandinavian ("spedita da Napoli", "desde Sevilla", "uit Gent", "från Malmö")
  'da', 'dal', 'nel', 'desde', 'hacia', 'vers', 'depuis', 'uit', 'vanuit', 'w', 'we', 'z', 'i', 'på', 'från', 'till', 'til', 'fra',
  // Romanian "din" (from), Vietnamese "ở"/"tại" (in, at) and district words ("ngụ quận Bình Thạnh", "ở Đà Lạt")
  'din', 'ở', 'tại', 'quận', 'phường', 'huyện', 'tỉnh',
  // Indonesian and Malay "ke"/"dari" (to, from) and "domisili", Greek in Latin script "stin"/"sto", Greek "στην"/"στο",
  // Czech "ve", Czech and Polish "ze", Vietnamese "đi" (go to), Swahili "mjini" (in the town of)
  'ke', 'dari', 'domisili', 'stin', 'sto', 'στην', 'στη', 'στο', 've', 'ze', 'đi', 'mjini',
];

/** Nationality adjectives: never a name, but they may start an organisation ("American University of Beirut"). */
export const NATIONALITIES = [
  'english', 'french', 'german', 'spanish', 'italian', 'dutch', 'polish', 'chinese', 'japanese', 'american',
  'european', 'african', 'asian', 'british', 'canadian', 'mexican', 'indian', 'russian', 'swedish', 'irish',
];

/**
 * Words of other languages that some name list holds but that are almost always ordinary words in
 * text: months ("auf Juli", "16 Eylül"), pronouns and particles ("bestell mir schon", "hennes nr"),
 * and form labels ("Hasta:", "Nome:"). Real first names among them are left out (Julio, Abril, Mai,
 * Mei, Maja, Kasım, Nisan, Nur, Hans, Han, Ben, Ama): those need the lists' other cues.
 */
export const FOREIGN_NOT_NAMES = [
  // months (de, nl, sv, es, it, pt, fr, pl, tr) that a name list holds
  'januar', 'januari', 'februar', 'februari', 'märz', 'maart', 'juni', 'juli', 'augusti', 'oktober', 'dezember',
  'enero', 'febrero', 'marzo', 'mayo', 'junio', 'agosto', 'septiembre', 'octubre', 'noviembre', 'diciembre',
  'gennaio', 'febbraio', 'aprile', 'maggio', 'giugno', 'luglio', 'settembre', 'ottobre', 'dicembre',
  'janvier', 'février', 'juin', 'juillet', 'août', 'octobre', 'décembre', 'janeiro', 'fevereiro', 'março', 'maio',
  'junho', 'julho', 'setembro', 'outubro', 'dezembro', 'maj', 'styczeń', 'luty', 'marzec', 'kwiecień', 'czerwiec',
  'lipiec', 'sierpień', 'wrzesień', 'październik', 'listopad', 'grudzień', 'ocak', 'şubat', 'mart', 'mayıs',
  'haziran', 'temmuz', 'ağustos', 'eylül', 'ekim', 'aralık',
  // pronouns, particles and conjunctions (de, sv, es, pt, it, tr)
  'mir', 'dir', 'mich', 'dich', 'sich', 'uns', 'euch', 'ihm', 'ihn', 'schon', 'noch', 'doch', 'auch', 'nicht', 'unser',
  'unsere', 'hennes', 'jag', 'och', 'inte', 'det', 'hasta', 'pero', 'nada', 'sim', 'também', 'você', 'voce', 'muito',
  'obrigado', 'obrigada', 'grazie', 'anche', 'molto', 'sono', 'bir', 'için', 'çok',
  // form labels ("Nome: Rui Antunes", "Hasta: Fatma Aksoy", "Prénom: Inès")
  'nome', 'nombre', 'prénom', 'prenom', 'vorname', 'naam', 'voornaam', 'förnamn', 'efternamn', 'imię',
  'nazwisko', 'adı', 'soyadı', 'soyad', 'ad', 'fecha', 'datum', 'data',
  // frequent words of other languages that name lists also hold: German, Indonesian/Malay, Hindi in Latin script,
  // Polish, Danish, Turkish ("Alles klar", "Vielen Dank", "pengajuan KPR Anda",
  // "sir mera gas", "jaka jest", "Tak for", "Bilgi için"; not Uma, Alla, Della, which are names too)
  'alles', 'vielen', 'danke', 'bitte', 'anda', 'yang', 'akan', 'dari', 'untuk', 'dengan', 'maaf', 'kami', 'saya', 'terima',
  'mera', 'meri', 'mere', 'aapka', 'aapki', 'kisi', 'kya', 'hai', 'nahi', 'jaka', 'jest', 'tak',
  'bilgi', 'lütfen', 'merhaba',
  // Vietnamese nouns and particles that open capitalised phrases ("Ngân hàng" bank, "Công an" police, "Phòng Nhân sự"
  // HR department, "Khu Công nghệ", "Đường D1", "Chị cho em xin…")
  'ngân', 'công', 'phòng', 'khu', 'đường', 'quận', 'phường', 'huyện', 'tỉnh', 'tòa', 'thực', 'chị', 'cho', 'xin', 'giao',
  'hàng', 'ngày', 'mình', 'dạ', 'chào', 'cảm',
  // Tagalog, Malay and Swahili greetings, pronouns and particles ("Salamat po", "Magandang umaga", "Terima kasih", "Asante
  // sana", "Habari"); not Sana, Jana, Leo, Gabi, Mimi, which are names too
  'salamat', 'po', 'opo', 'kumusta', 'magandang', 'umaga', 'hapon', 'ako', 'ikaw', 'siya', 'tayo', 'sila', 'ang', 'mga', 'lang',
  'naman', 'kasi', 'hindi', 'sige', 'paki', 'pwede', 'kasih', 'boleh', 'tolong', 'selamat', 'pagi', 'petang',
  'tidak', 'sudah', 'belum', 'habari', 'asante', 'karibu', 'ndiyo', 'hapana', 'wewe', 'yeye', 'sisi', 'tafadhali', 'samahani',
  'jambo', 'nzuri', 'kesho',
  // Greek weekdays (not Παρασκευή, Κυριακή: names too), German "Kunde" (customer) opening a line
  'δευτέρα', 'τρίτη', 'τετάρτη', 'πέμπτη', 'σάββατο', 'kunde', 'kundin',
];

/**
 * Capitalised words that are never (part of) a person name in running text:
 * weekdays, months, pronouns, determiners, sentence starters, product/UI words.
 */
export const NOT_NAMES = [
  'i', 'me', 'my', 'we', 'us', 'our', 'you', 'your', 'he', 'she', 'it', 'they', 'them', 'his', 'her', 'their',
  'the', 'a', 'an', 'this', 'that', 'these', 'those', 'there', 'here', 'what', 'who', 'when', 'where', 'why', 'how',
  'yes', 'no', 'ok', 'okay', 'please', 'sorry', 'sure', 'team', 'all', 'everyone', 'everybody', 'guys', 'folks',
  'customer', 'support', 'sir', 'madam', 'again', 'so', 'much', 'very', 'lot', 'god', 'jesus', 'christmas',
  'easter', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'january', 'february',
  'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december', 'today',
  'tomorrow', 'yesterday', 'tonight', 'order', 'ticket', 'invoice', 'account', 'iban', 'ssn', 'phone', 'email',
  'fax', 'card', 'payment', 'subject', 're', 'fwd', 'fw', 'note', 'update', 'admin', 'user', 'assistant', 'system',
  'bot', 'ai', 'chatgpt', 'gpt', 'copilot', 'siri', 'google', 'windows', 'office', 'teams', 'excel',
  'word', 'outlook', 'azure', 'iphone', 'android', 'linux', 'python', 'java', 'javascript', 'typescript', 'api',
  'json', 'csv', 'pdf', 'url', 'id', 'ids', 'ip', 'usa', 'uk', 'eu', 'us', 'ceo', 'cto', 'cfo', 'hr', 'it', 'pm',
  'am', 'utc', 'gmt', 'est', 'pst', 'cet', 'street', 'road', 'avenue', 'inc', 'ltd', 'llc', 'gmbh', 'corp',
  'mr', 'mrs', 'ms', 'dr', 'prof', 'dear', 'hi', 'hello', 'hey', 'thanks', 'regards', 'best', 'cheers', 'kind',
  'warm', 'many', 'happy', 'birthday', 'new', 'year', 'good', 'great', 'thank', 'welcome', 'greetings', 'dept',
  'department', 'north', 'south', 'east', 'west', 'mount', 'lake', 'river', 'university', 'college', 'school',
  'hospital', 'bank', 'group', 'holdings', 'company', 'solutions', 'the', 'and', 'or', 'of', 'for',
  'on', 'in', 'at', 'to', 'by', 'with', 'from', 'as', 'is', 'was', 'be', 'not', 'but', 'if', 'then', 'also',
  'just', 'can', 'could', 'would', 'should', 'will', 'shall', 'did', 'do', 'does', 'have', 'has', 'had', 'let',
  'lets', "let's", 'get', 'got', 'need', 'want', 'some', 'any', 'every', 'each', 'both', 'per', 'via', 'after',
  'before', 'during', 'since', 'until', 'while', 'about', 'above', 'below', 'between', 'into', 'over', 'under',
  'no.', 'pls', 'plz', 'lol', 'omg', 'btw', 'fyi', 'asap', 'tbh', 'imo', 'idk', 'brb', 'dm', 'ps', 'nb', 'ok.',
  'mom', 'dad', 'mum', 'grandma', 'grandpa', 'baby', 'babe', 'honey', 'dude', 'bro', 'sis', 'mate', 'buddy',
  "i've", "i'll", "i'd", 'i’ve', 'i’ll', 'i’d', 'yeah', 'yep', 'yup', 'nope', 'nah', 'guten', 'sí', 'não', 'oui', 'claro', 'genau',
  ...NATIONALITIES,
  ...FOREIGN_NOT_NAMES,
  'total', 'amount', 'price', 'date', 'time', 'name', 'address', 'city', 'state', 'country', 'zip', 'postcode',
  'error', 'warning', 'info', 'debug', 'true', 'false', 'null', 'none', 'n/a', 'tbd', 'todo', 'done', 'step',
];

/** Major world places that name lists may miss (city, region, country names in English). */
export const WORLD_PLACES = [
  // airports by their names ("landed at Heathrow", "AT HEATHROW", "via Schiphol")
  'Heathrow', 'Gatwick', 'Stansted', 'Luton Airport', 'Schiphol', 'Changi', 'Haneda', "O'Hare", 'LaGuardia', 'Dulles', 'Orly',
  'Charles de Gaulle', 'Roissy', 'Barajas', 'Fiumicino', 'Malpensa', 'Linate', 'Kastrup', 'Arlanda', 'Gardermoen', 'Incheon',
  'Suvarnabhumi', 'Soekarno-Hatta', 'Ninoy Aquino', 'Kempegowda', 'Chhatrapati Shivaji', 'Jomo Kenyatta', 'Murtala Muhammed',
  'Ben Gurion', 'Hartsfield-Jackson', 'Sea-Tac', 'JFK Airport', 'Dubai International', 'Hamad International',
  'London', 'Paris', 'Berlin', 'Madrid', 'Rome', 'Lisbon', 'Porto', 'Dublin', 'Amsterdam', 'Rotterdam', 'Brussels',
  'Antwerp', 'Vienna', 'Zurich', 'Zürich', 'Geneva', 'Munich', 'München', 'Hamburg', 'Frankfurt', 'Cologne', 'Köln',
  'Stuttgart', 'Düsseldorf', 'Dresden', 'Leipzig', 'Prague', 'Warsaw', 'Kraków', 'Krakow', 'Budapest', 'Bucharest',
  'Sofia', 'Athens', 'Istanbul', 'Copenhagen', 'Stockholm', 'Oslo', 'Helsinki', 'Reykjavik', 'Edinburgh', 'Glasgow',
  'Manchester', 'Liverpool', 'Birmingham', 'Leeds', 'Bristol', 'Cardiff', 'Belfast', 'Oxford', 'Cambridge',
  'Lyon', 'Marseille', 'Toulouse', 'Bordeaux', 'Lille', 'Nantes', 'Strasbourg', 'Barcelona', 'Valencia', 'Seville',
  'Sevilla', 'Bilbao', 'Milan', 'Milano', 'Naples', 'Turin', 'Florence', 'Venice', 'Bologna', 'Genoa', 'Palermo',
  'New York', 'New York City', 'NYC', 'Los Angeles', 'San Francisco', 'San Diego', 'San Jose', 'Seattle', 'Portland',
  'Chicago', 'Boston', 'Miami', 'Atlanta', 'Dallas', 'Houston', 'Austin', 'Denver', 'Phoenix', 'Las Vegas',
  'Philadelphia', 'Washington', 'Washington D.C.', 'Detroit', 'Minneapolis', 'Nashville', 'New Orleans',
  'Mountain View', 'Palo Alto', 'Cupertino', 'Redmond', 'Brooklyn', 'Manhattan', 'Toronto', 'Montreal', 'Vancouver',
  'Ottawa', 'Calgary', 'Mexico City', 'Sao Paulo', 'São Paulo', 'Rio de Janeiro', 'Buenos Aires', 'Lima', 'Bogotá',
  'Bogota', 'Santiago', 'Tokyo', 'Osaka', 'Kyoto', 'Seoul', 'Beijing', 'Shanghai', 'Hong Kong', 'Shenzhen',
  'Singapore', 'Bangkok', 'Jakarta', 'Manila', 'Mumbai', 'Delhi', 'New Delhi', 'Bangalore', 'Bengaluru',
  'Chennai', 'Hyderabad', 'Karachi', 'Lahore', 'Dubai', 'Abu Dhabi', 'Doha', 'Riyadh', 'Tel Aviv', 'Jerusalem',
  'Cairo', 'Lagos', 'Nairobi', 'Johannesburg', 'Cape Town', 'Sydney', 'Melbourne', 'Brisbane', 'Perth', 'Auckland',
  'Wellington', 'England', 'Scotland', 'Wales', 'Northern Ireland', 'Great Britain', 'United Kingdom', 'UK',
  'United States', 'USA', 'U.S.', 'Europe', 'Asia', 'Africa', 'North America', 'South America', 'Bavaria',
  'Catalonia', 'Andalusia', 'Tuscany', 'Lombardy', 'Provence', 'Normandy', 'Brittany', 'Flanders', 'Wallonia',
  'Silicon Valley', 'Bay Area', 'Yorkshire', 'Kent', 'Surrey', 'Sussex', 'Devon', 'Cornwall', 'Lancashire',
  'Ontario', 'Quebec', 'British Columbia', 'Alberta', 'Nova Scotia', 'Queensland', 'Victoria', 'Tasmania',
];

/**
 * Local and other common names of big cities that GeoNames' main names (English
 * exonyms: "Naples", "Turin") lack; counted as big cities.
 */
export const PLACE_ENDONYMS = [
  'Napoli', 'Torino', 'Milano', 'Roma', 'Firenze', 'Venezia', 'Genova', 'Padova', 'Mantova', 'Siracusa', 'München',
  'Köln', 'Nürnberg', 'Wien', 'Praha', 'Warszawa', 'Kraków', 'Lisboa', 'Bruxelles', 'Brussel', 'Antwerpen', 'Genève',
  'Den Haag', "'s-Gravenhage", 'Moskva', 'Kyiv', 'Kiev', 'Kharkiv', 'Lviv', 'Odesa', 'Athina', 'Beograd', 'București',
  'Sevilla', 'Córdoba', 'A Coruña', 'Donostia', 'Gasteiz', 'Göteborg', 'Gothenburg', 'København', 'Helsingfors',
  'Bern', 'Luzern', 'Basel', 'Lyon', 'Marseille', 'Strasbourg', 'Mumbai', 'Bengaluru', 'Kolkata', 'Chennai',
  'Beijing', 'Peking', 'Ho Chi Minh City', 'Saigon', 'Yangon', 'Rangoon', 'Al Qahirah', 'Mexico City', 'Ciudad de México',
  'Bogotá', 'Belém', 'São Luís', 'Den Bosch', 'Nova Iorque', 'Nueva York', 'Londres', 'Londra',
  'Parigi', 'Berlino', 'Varsovia', 'Pékin',
];

/** Well-known organisations (one- or multi-word) that carry no legal suffix in text. */
export const KNOWN_ORGS = [
  'Microsoft', 'Google', 'Alphabet', 'Amazon', 'Apple Inc', 'Meta', 'Facebook', 'Netflix', 'OpenAI', 'Anthropic',
  'IBM', 'Oracle', 'SAP', 'Siemens', 'Bosch', 'Volkswagen', 'BMW', 'Mercedes-Benz', 'Daimler', 'Airbus', 'Boeing',
  'Tesla', 'Nvidia', 'Intel', 'AMD', 'Samsung', 'Sony', 'Toyota', 'Honda', 'Nissan', 'Renault', 'Peugeot',
  'Stellantis', 'Unilever', 'Nestlé', 'Nestle', 'Philips', 'Shell', 'BP', 'TotalEnergies', 'ExxonMobil', 'Chevron',
  'Walmart', 'Target', 'Costco', 'IKEA', 'Zara', 'Inditex', 'Carrefour', 'Tesco', "Sainsbury's", 'Lidl', 'Aldi',
  'HSBC', 'Barclays', 'Lloyds', 'NatWest', 'Santander', 'BBVA', 'BNP Paribas', 'Société Générale', 'Deutsche Bank',
  'Commerzbank', 'ING', 'Rabobank', 'ABN AMRO', 'UBS', 'Credit Suisse', 'JPMorgan', 'JPMorgan Chase', 'Goldman Sachs',
  'Morgan Stanley', 'Citigroup', 'Citibank', 'Wells Fargo', 'PayPal', 'Stripe', 'Visa', 'Mastercard',
  'American Express', 'Salesforce', 'Adobe', 'Cisco', 'Dell', 'HP', 'Lenovo', 'Uber', 'Lyft', 'Airbnb', 'Spotify',
  'Twitter', 'LinkedIn', 'GitHub', 'GitLab', 'Slack', 'Zoom', 'Dropbox', 'Atlassian', 'Shopify', 'eBay', 'FedEx',
  'UPS', 'DHL', 'Deloitte', 'KPMG', 'PwC', 'EY', 'Accenture', 'McKinsey', 'Pfizer', 'Moderna', 'Novartis',
  'Roche', 'Bayer', 'Sanofi', 'AstraZeneca', 'GSK', 'Johnson & Johnson', 'Procter & Gamble', 'Coca-Cola', 'PepsiCo',
  "McDonald's", 'Starbucks', 'Vodafone', 'Telefónica', 'Orange', 'Deutsche Telekom', 'Verizon', 'AT&T', 'T-Mobile',
  'Comcast', 'Disney', 'BBC', 'CNN', 'Reuters', 'United Nations', 'UN', 'UNICEF', 'WHO', 'NATO', 'European Union',
  'European Commission', 'World Bank', 'IMF', 'FBI', 'CIA', 'NASA', 'NHS', 'IRS', 'HMRC', 'Red Cross', 'Greenpeace',
  'Harvard', 'Stanford', 'MIT', 'Yale', 'Princeton', 'Oxford University', 'Cambridge University', 'Sorbonne',
  'ETH Zurich', 'Mayo Clinic', 'Kaiser Permanente', 'Bank of America', 'Bank of England', 'European Central Bank',
  // Large companies and institutions across regions (banks, tech, airlines, retail, energy, pharma).
  'Standard Chartered', 'Intesa Sanpaolo', 'UniCredit', 'Crédit Agricole', 'Credit Agricole', 'Nordea', 'Danske Bank',
  'Rakuten', 'Alibaba', 'Tencent', 'Baidu', 'Infosys', 'Wipro', 'Tata Consultancy Services', 'Tata Motors',
  'Tata Steel', 'Reliance Industries', 'Capgemini', 'Atos', 'PricewaterhouseCoopers', 'Ernst & Young',
  'Boston Consulting Group', 'Nokia', 'Ericsson', 'Volvo', 'Scania', 'H&M', 'Maersk', 'Novo Nordisk', 'Carlsberg',
  'Heineken', 'AB InBev', 'Anheuser-Busch', 'Danone', "L'Oréal", 'LVMH', 'Kering', 'Hermès', 'Michelin', 'Safran',
  'Thales', 'GlaxoSmithKline', 'BASF', 'AbbVie', 'Eli Lilly', 'Allianz', 'AXA', 'Generali', 'Zurich Insurance',
  'Munich Re', 'Swiss Re', 'MetLife', 'BlackRock', 'Charles Schwab', 'Lloyds Banking Group', 'Standard Bank',
  'Mitsubishi', 'Mitsui', 'Hitachi', 'Panasonic', 'Toshiba', 'Fujitsu', 'SoftBank', 'Hyundai', 'SK Hynix', 'TSMC',
  'Foxconn', 'Huawei', 'Xiaomi', 'ByteDance', 'TikTok', 'Samsung Electronics', 'Petrobras', 'Gazprom', 'Rosneft',
  'Saudi Aramco', 'Aramco', 'Equinor', 'Repsol', 'Iberdrola', 'Enel', 'Engie', 'Siemens Energy', 'Schneider Electric',
  'ASML', 'ServiceNow', 'Workday', 'Snowflake', 'Databricks', 'Palantir', 'YouTube', 'Instagram', 'WhatsApp',
  'Snapchat', 'Pinterest', 'Reddit', 'Etsy', 'Expedia', 'Zalando', 'Delivery Hero', 'Just Eat', 'Deliveroo', 'Glovo',
  'Revolut', 'Monzo', 'Klarna', 'Adyen', 'Coinbase', 'Binance', 'Uber Eats', 'DoorDash', 'Instacart', 'Deutsche Post',
  'Lufthansa', 'Air France', 'KLM', 'British Airways', 'Ryanair', 'easyJet', 'Qatar Airways', 'Delta Air Lines',
  'United Airlines', 'American Airlines', 'Adidas', 'Uniqlo', 'Auchan', 'Ahold Delhaize', 'Albert Heijn', 'Mercadona',
  'Migros', 'Rewe', 'Edeka', 'Kaufland', 'Walgreens', 'CVS Health', 'World Health Organization', 'Bundesbank',
  'Federal Reserve',
  'Chase', 'Médecins Sans Frontières', 'Medecins Sans Frontieres', 'Doctors Without Borders', 'Emirates NBD', 'Air India',
  'Centers for Disease Control and Prevention', 'CDC', 'Safaricom', 'Ecobank', 'Equity Bank', 'Access Bank', 'Zenith Bank',
  'ICICI Bank', 'HDFC Bank', 'State Bank of India', 'Axis Bank', 'Kotak Mahindra Bank', 'Bharti Airtel', 'Airtel',
  'Banco do Brasil', 'Itaú', 'Bradesco', 'Nubank', 'Mercado Libre', 'Flipkart', 'Paytm', 'Etihad', 'Turkish Airlines',
  'Qantas', 'Singapore Airlines', 'Cathay Pacific', 'Aer Lingus', 'Iberia',
];

/**
 * Trades, shops and services that close a small business's or a public body's name in English ("Willowmere Yarns",
 * "Vireo Broadband", "Fernbrook Primary", "Nelson Tasman Hospice", "Larkspur Credit Union", "Redgum Car Rentals").
 * Everyday words all: organization.ts takes them as weak heads (a word no dictionary holds, or a place, before
 * them), in cased text only.
 */
export const TRADE_HEADS = [
  'hydro', 'primary', 'surveyors', 'broadband', 'hospice', 'lettings', 'grocers', 'grocery', 'yarns', 'travel', 'tours',
  'savings', 'rentals', 'supplies', 'rescue', 'gear', 'kitchen', 'kitchens', 'deli', 'cafeteria', 'couture', 'estates',
  'online', 'union', 'diner', 'grill', 'bistro', 'tavern', 'salon', 'studio', 'academy', 'nursery', 'preschool',
  'kindergarten', 'montessori', 'daycare', 'childcare', 'opticians', 'optometry', 'vets', 'florist', 'florists',
  'bookshop', 'bookstore', 'boutique', 'jewellers', 'jewelers', 'garage', 'removals', 'movers', 'couriers', 'coaches',
  'taxis', 'cleaning', 'cleaners', 'builders', 'electrical', 'electricians', 'joinery', 'glazing', 'plumbers', 'roofers',
  'architects', 'engineering', 'solicitors', 'lawyers', 'accountants', 'accounting', 'advisors', 'advisers', 'lending',
  'loans', 'telecoms', 'utilities', 'printing', 'publishing', 'productions', 'distillery', 'winery', 'vineyards',
  'creamery', 'dairy', 'butchers', 'bakers', 'brewers', 'provisions', 'imports', 'textiles', 'fabrics', 'tailors',
  'physio', 'physiotherapy', 'chiropractic', 'wellness', 'barbers', 'grooming', 'kennels', 'cycles', 'outdoors',
  'hardware', 'timber', 'flooring', 'furniture', 'interiors', 'homes', 'storage', 'coffee', 'pizza', 'cafe', 'newsagents', 'newsagent',
  // sports clubs named after their town ("Ballyglass Rovers", "Didsbury Athletic", "Loughborough Harriers")
  'rovers', 'wanderers', 'athletic', 'harriers', 'rangers', 'albion', 'reserves',
  // ("Liffeyside Heating", "Larkfield Car Hire", "Verdure Botanicals", "Ashcombe Orthodontics", "Coastline Campervans")
  'heating', 'hire', 'fintech', 'botanicals', 'furnishings', 'orthodontics', 'campervans', 'cooperative', 'co-operative',
];

/** Legal-form suffixes and head nouns that end an organisation name ("Acme Corp", "Hintz GmbH"). */
export const ORG_SUFFIXES = [
  'inc', 'incorporated', 'ltd', 'limited', 'llc', 'llp', 'lp', 'plc', 'gmbh', 'ag', 'kg', 'ohg', 'ug', 'se', 'sa',
  'sas', 'sarl', 'sasu', 'eurl', 'spa', 'srl', 'sl', 'nv', 'bv', 'oy', 'ab', 'as', 'asa', 'aps', 'pty', 'corp',
  'corporation', 'co', 'company', 'group', 'gruppe', 'holdings', 'holding', 'partners', 'associates', 'technologies',
  'technology', 'solutions', 'systems', 'labs', 'laboratories', 'laboratory', 'polytechnic', 'industries', 'fc', 'afc', 'enterprises', 'ventures',
  'consulting', 'capital', 'bank', 'insurance', 'foundation', 'institute', 'university', 'college', 'hospital',
  'clinic', 'agency', 'ministry', 'association', 'society', 'council', 'trust', 'fund', 'airlines', 'airways',
  'motors', 'pharmaceuticals', 'pharma', 'software', 'networks', 'media', 'studios', 'logistics', 'sons',
  'brothers', 'bros', 'kft', 'zrt', 'sp', 'zoo', 'ooo', 'kk', 'gk', 'ltda', 'lda', 'cia', 'sca', 'snc', 'scs', 'ev', 'gie',
  'sem', 'scop', 'sasu', 'gruppen', 'asociados', 'associados', 'associati', 'associés', 'combinatie', 'investment',
  'investments', 'kommanditbolag', 'aktiebolag', 'handelsbolag', 'figli', 'fils', 'hijos', 'filhos', 'söhne', 'zonen',
  'partnerschaft', 'werke', 'ei', 'bedrijf', 'groep', 'maatschap', 'vof', 'cv', 'services', 'consultancy', 'traders', 'trading', 'retail', 'energy', 'electric',
  'telecom', 'communications', 'airlines', 'bancorp', 'financial', 'realty', 'properties', 'construction', 'foods', 'bank', 'bancorp', 'hf', 'ehf', 'kgaa', 'mbh',
  'hospitals', 'clinics', 'institutet', 'universitet', 'universiteit', 'hogeschool', 'högskola', 'klinik',
  // trades and care providers that close a firm's name ("Kestrel Analytics", "Northside Pediatrics", "Smile Dental")
  'analytics', 'robotics', 'diagnostics', 'therapeutics', 'biosciences', 'biotech', 'pharmacy', 'dental', 'pediatrics',
  'paediatrics', 'veterinary', 'healthcare',
  // weak heads (organization.ts WEAK_HEADS: need a name word before them): "Tembo Health", "Hyde Park Surgery",
  // "Australian Taxation Office", "Nigeria Immigration Service"
  'health', 'practice', 'surgery', 'office', 'service',
  // heads that close names in other languages, inflected ("Acıbadem Hastanesi", "Boğaziçi Üniversitesi",
  // "Kadıköy Belediyesi", "Ziraat Bankası", "Ankara Emniyet Müdürlüğü", "Karolinska Universitetssjukhuset",
  // "Aarhus Kommune", "Evangelisches Krankenhaus", "Kölner Verein")
  'hastanesi', 'üniversitesi', 'belediyesi', 'bankası', 'müdürlüğü', 'vakfı', 'derneği', 'kooperatifi',
  'universitetssjukhuset', 'sjukhuset', 'universitetssykehus', 'sykehus', 'sygehus', 'hospitalet', 'universitätsklinik', 'verein',
  // clubs, funeral homes and trades that close a name ("Hale Barns Tennis Club", "Meeks Mortuary", "Sunbelt Roofing",
  // "Peak Fitness", "Lincoln Elementary", "Brøndby Svømmeklub", "Vålerenga Fotball", "Cañadío Eventos")
  'club', 'clube', 'klub', 'klubb', 'fotball', 'fotboll', 'mortuary', 'roofing', 'plumbing', 'fitness', 'elementary', 'eventos',
  // boards and offices of public bodies ("Residential Tenancies Board", "Office of the Registrar" via ORG_HEADS)
  'board',
  // insurers, hauliers, trades and exchanges ("Leadway Assurance", "Allied Freight", "Bayside HVAC", "Stone & Price
  // Landscaping", "Hollowtree Coffee Roasters", "Joe's Auto Repair", "Nairobi Securities Exchange", "Apex Auto Finance",
  // "Hill Country Youth Orchestras", "Cascade Valley Schools"; "Nairobi Water" as a weak head)
  'assurance', 'freight', 'hvac', 'landscaping', 'roasters', 'repair', 'repairs', 'orchestra', 'orchestras', 'schools',
  'exchange', 'finance', 'water',
  // small businesses, mutuals and Nordic banks and hospitals ("Saltbush Bakehouse", "Harbour Brewing", "Kilnworth
  // Ceramics", "Pinecrest Outfitters", "Cypress Lane Mortgage", "Meridian Mutual", "Arbejdernes Landsbank", "Aarhus
  // Universitetshospital"; weak heads "Ranch Supply", "Family Medicine", "Virtual Care", "Web Design")
  'bakehouse', 'bakery', 'brewing', 'brewery', 'ceramics', 'outfitters', 'roastery', 'mortgage', 'mutual', 'collective',
  'landsbank', 'sparekasse', 'sparebank', 'universitetshospital', 'kantonalbank', 'supply', 'medicine', 'care', 'design',
  // cement works and utilities ("Tanga Cement", weak "Tata Power"); motor-vehicle offices and health insurers by their
  // acronym ("Golden State DMV", "Hygeia HMO")
  'cement', 'power', 'dmv', 'hmo',
  // Hungarian and Czech heads after the name, inflected ("Debreceni Egyetem", "Szent János Kórház", "Fakanál Étteremben",
  // "Komerční bance")
  'egyetem', 'egyetemen', 'kórház', 'kórházban', 'étterem', 'étteremben', 'banka', 'bance', 'banky',
  // hospitals and school districts ("Leicester Royal Infirmary", "Aldine ISD")
  'infirmary', 'isd',
  ...TRADE_HEADS,
];

/**
 * Institution words that come first in other languages ("Banco Santander", "Universiti Malaya",
 * "Politechnika Warszawska", "Hospital Universitario La Paz"): a name follows them. All are in {@link ORG_HEADS}.
 */
export const ORG_HEADS_FIRST = [
  'banco', 'banca', 'banque', 'bank', 'universidad', 'universidade', 'université', 'universite', 'universiti', 'universitas',
  'universität', 'universiteit', 'universitet', 'universitetet',
  'università', 'universita', 'universitat', 'uniwersytet', 'univerzita', 'universitatea', 'politechnika', 'politecnico',
  'politécnica', 'instituto', 'istituto', 'institut', 'hospital', 'hôpital', 'hopital', 'ospedale', 'klinikum', 'clínica',
  'clinica', 'fundación', 'fundação', 'fondation', 'fondazione', 'stiftung', 'hochschule', 'universitätsklinikum',
  'escuela', 'école', 'grupo', 'gruppo', 'groupe', 'caixa', 'caisse', 'compañía', 'companhia', 'compagnie', 'sociedad',
  'sociedade', 'società', 'colegio', 'accademia', 'akademia', 'museo', 'musée', 'ministerio', 'ministère', 'ministero',
  // pharmacies, practices and hospitals named head-first ("Farmácia Sousa", "Hospices Civils de Lyon", "Praxis Dr. Weber")
  'farmácia', 'farmacia', 'pharmacie', 'apotheke', 'hospices', 'clinique',
  // municipal, state, court and police bodies, hospitals, universities, foundations and associations of other
  // languages, named head-first ("Gemeente Utrecht", "Landratsamt Ebersberg", "Mairie de Lyon", "Ayuntamiento de
  // Sevilla", "Comune di Bergamo", "Prefeitura de Campinas", "Urząd Miasta Gdańska", "Szpital Bielański",
  // "Uniwersytetu Łódzkiego", "Fundacja Batorego", "Stichting Vluchtelingenwerk", "Juzgado de lo Social"),
  // inflected forms included
  'gemeente', 'landratsamt', 'bürgeramt', 'amtsgericht', 'landgericht', 'oberlandesgericht', 'verwaltungsgericht',
  'arbeitsgericht', 'sozialgericht', 'finanzamt', 'polizeipräsidium', 'polizeidirektion', 'polizeiinspektion', 'stadtverwaltung',
  'bezirksamt', 'kreisverwaltung', 'mairie', 'préfecture', 'prefecture', 'tribunal', 'ayuntamiento', 'ajuntament', 'juzgado',
  'comune', 'prefeitura', 'câmara', 'urząd', 'urzędu', 'szpital', 'szpitala', 'szpitalu', 'uniwersytetu', 'politechniki', 'nemocnice',
  'fundacja', 'fundacji', 'stichting', 'associação', 'asociación', 'associazione', 'cooperativa', 'coopérative',
  'policía', 'policia', 'polizei', 'polizia', 'politie', 'gendarmerie', 'commissariat', 'procuraduría', 'fiscalía',
  'sjukhus', 'universidade', 'kommune', 'krankenhaus', 'ziekenhuis', 'hogeschool',
  // venues, shops, schools and clubs named head-first ("Hotel Adlon", "Boulangerie Poilâne", "Agriturismo Il Poggio",
  // "Finca El Gasco", "Domaine de la Croix Blanche", "Restauracji Villa Foksal", "Kantonsschule Zürich Nord", "Liceo Volta")
  'hotel', 'hôtel', 'finca', 'domaine', 'boulangerie', 'pâtisserie', 'brasserie', 'agriturismo', 'restaurante', 'ristorante',
  'restauracja', 'restauracji', 'trattoria', 'osteria', 'pizzeria', 'gasthaus', 'gasthof', 'bäckerei', 'bakkerij', 'kantonsschule',
  'gymnasium', 'liceo', 'lycée', 'escola', 'scuola', 'szkoła', 'szkoły', 'teatro', 'théâtre', 'funerales', 'funeraria', 'pallavolo',
  'polisportiva', 'club', 'clube', 'autohaus', 'construtora', 'condominio', 'policlinico', 'azienda', 'liceum', 'omroep',
  'radio', 'oficina', 'agenția', 'agentia', 'embassy', 'embajada', 'ambassade', 'botschaft', 'consulate', 'consulado',
  'café', 'cafe', 'quinta',
  // city administrations, university hospitals and public bodies ("Stadt Mannheim", "Primăria Timișoara", "CHU de Nantes",
  // "UMC Utrecht", "Policie ČR", "Régie des transports", "Métropole Aix-Marseille-Provence", "Maternité Port-Royal")
  'stadt', 'primăria', 'primaria', 'chu', 'umc', 'policie', 'régie', 'métropole', 'maternité',
  // prosecutors, health insurers, restaurants, hotels and breweries named head-first, inflected forms included
  // ("Staatsanwaltschaft Kiel", "Procura di Bari", "Isapre Colmena", "Restaurant Chez Marcel", "Hotelu Kasprowy",
  // "Pivovar Matuška", "Kafeneio To Steki")
  'staatsanwaltschaft', 'procura', 'isapre', 'restaurant', 'hotelu', 'pivovar', 'pivovaru', 'kafeneio', 'polícia', 'sûreté',
  // shops, gyms, schools, hospitals, councils and services of Spanish, Portuguese, Dutch, Czech, Swahili, Malay and
  // Indonesian, Filipino, Romanian, French, Finnish, Polish and Greek, named head-first ("Gimnasio Atlántico Vigo",
  // "Padaria Pão de Mel", "Snackbar De Gouden Frituur", "Gymnázium Jana Keplera", "Warung Gudeg Sari Rasa",
  // "Majlis Bandaraya Shah Alam", "Liceul Teoretic Avram Iancu", "Mutuelle Horizon Santé", "Dienst Toeslagen",
  // "Zarząd Transportu Miejskiego", "Τράπεζα Πειραιώς", "Δήμος Πατρέων")
  'gimnasio', 'ferretería', 'panadería', 'pastelería', 'librería', 'inmobiliaria', 'padaria', 'imobiliária', 'tasca', 'snackbar',
  'dienst', 'gymnázium', 'gymnazium', 'mgahawa', 'chuo', 'warung', 'toko', 'kedai', 'majlis', 'carinderia', 'liceul', 'spitalul',
  'mutuelle', 'commune', 'kiinteistö', 'zarząd', 'usługi', 'τράπεζα', 'δήμος', 'καφέ',
];

/** Head nouns that start "X of Y" organisations ("Bank of Ireland", "University of Leeds"), and every head-first word of other languages. */
export const ORG_HEADS = [
  'university', 'college', 'institute', 'ministry', 'department', 'school', 'academy', 'museum', 'church', 'bureau',
  'commission', 'council', 'federation', 'union', 'league', 'society', 'association', 'chamber', 'agency', 'authority',
  'library', 'government', 'office',
  // a head that may be followed by a city ("Universitätsmedizin Berlin")
  'universitätsmedizin',
  ...ORG_HEADS_FIRST,
];

/**
 * Words that anchor a postal address: street types (US/UK), street-first words
 * (FR/ES/IT/PT/PL) and "box" (P.O. Box). The address regexes run only near them
 * (and near Germanic compounds such as "Hauptstraße 5").
 */
export const STREET_WORDS = [
  'street', 'st', 'avenue', 'ave', 'av', 'road', 'rd', 'boulevard', 'blvd', 'lane', 'ln', 'drive', 'dr', 'court', 'ct',
  'way', 'place', 'pl', 'parkway', 'pkwy', 'terrace', 'ter', 'circle', 'cir', 'highway', 'hwy', 'square', 'sq', 'trail',
  'trl', 'crescent', 'cres', 'close', 'gardens', 'grove', 'hill', 'row', 'mews', 'walk', 'alley', 'loop', 'plaza', 'pike',
  'expressway', 'freeway', 'route', 'rte', 'broadway', 'green', 'park', 'parade', 'rise', 'vale', 'view', 'wharf', 'quay',
  'embankment', 'esplanade', 'causeway', 'crossing', 'turnpike', 'run', 'point', 'pass', 'path', 'ridge', 'heights',
  'bypass', 'branch', 'bridge', 'brook', 'brooks', 'burg', 'burgs', 'camp', 'canyon', 'cape', 'center', 'centre', 'cliff',
  'cliffs', 'club', 'common', 'corner', 'corners', 'course', 'courts', 'cove', 'coves', 'creek', 'crest', 'crossroad',
  'curve', 'dale', 'dam', 'divide', 'drives', 'estate', 'estates', 'extension', 'falls', 'ferry', 'field', 'fields',
  'flat', 'flats', 'ford', 'fords', 'forest', 'forge', 'forges', 'fork', 'forks', 'fort', 'garden', 'gateway', 'glen',
  'glens', 'greens', 'groves', 'harbor', 'harbors', 'haven', 'hills', 'hollow', 'inlet', 'island', 'islands', 'isle',
  'junction', 'junctions', 'key', 'keys', 'knoll', 'knolls', 'lake', 'lakes', 'land', 'landing', 'light', 'lights',
  'lock', 'locks', 'lodge', 'manor', 'manors', 'meadow', 'meadows', 'mill', 'mills', 'mission', 'motorway', 'mount',
  'mountain', 'mountains', 'neck', 'orchard', 'oval', 'overpass', 'parks', 'parkways', 'pines', 'plain', 'plains',
  'points', 'port', 'ports', 'prairie', 'radial', 'ramp', 'ranch', 'rapid', 'rapids', 'rest', 'ridges', 'river', 'roads',
  'shoal', 'shoals', 'shore', 'shores', 'skyway', 'spring', 'springs', 'spur', 'spurs', 'squares', 'station',
  'stravenue', 'stream', 'streets', 'summit', 'throughway', 'trace', 'track', 'trafficway', 'tunnel', 'underpass',
  'union', 'unions', 'valley', 'valleys', 'via', 'viaduct', 'views', 'village', 'villages', 'ville', 'vista', 'walks',
  'wall', 'ways', 'well', 'wells', 'yard', 'yards',
  'rue', 'avenida', 'avda', 'bd', 'bvd', 'allée', 'quai', 'chemin', 'impasse', 'cours', 'calle', 'carrer', 'paseo',
  'passeig', 'plaça', 'carretera', 'camino', 'viale', 'piazza', 'piazzale', 'corso', 'largo', 'vicolo', 'rua', 'praça',
  'travessa', 'ul', 'ulica', 'aleja', 'al', 'plac', 'osiedle', 'box', 'contrada', 'borgo', 'rotonda', 'strada', 'lungomare',
  'am', 'an', 'auf', 'im', 'zum', 'zur', 'copse', 'chase', 'croft', 'fold', 'gate', 'lawn', 'nook', 'paddock', 'reach',
  'spinney', 'wynd', 'approach', 'drove', 'glade', 'grange', 'ramal', 'travesía', 'ronda', 'rambla', 'glorieta', 'callejón',
  'cuesta', 'bajada', 'subida', 'senda', 'urbanización', 'pasaje', 'straße', 'strasse', 'str', 'weg', 'platz',
  'allee', 'gasse', 'ring', 'damm', 'väg', 'vägen', 'gata', 'gatan', 'vej', 'gade', 'veien',
  // Indian street and locality words ("Anna Salai", "Shanti Nagar", "MG Marg"); airports ("Denver International Airport")
  'nagar', 'salai', 'marg', 'chowk', 'airport',
  // Romanian and Indonesian street words ("Str. Avram Iancu 12", "Calea Victoriei 12", "Jl. Kemang Raya No. 18")
  'calea', 'bulevardul', 'jl', 'jalan',
];

/**
 * First words of place names ("Port Elizabeth", "Bad Homburg", "San Diego", "Borgo San Lorenzo").
 * faker's locale `city_prefix` lists are added to these at start-up.
 */
export const CITY_PREFIXES = [
  'north', 'south', 'east', 'west', 'new', 'old', 'lake', 'port', 'fort', 'mount', 'cape', 'great', 'little', 'upper', 'lower',
  'san', 'santa', 'santo', 'são', 'saint', 'sainte', 'st', 'bad', 'neu', 'alt', 'groß', 'gross', 'klein', 'nord',
  'süd', 'ost', 'borgo', 'castel', 'castello', 'sesto', 'settimo', 'villa', 'villanueva', 'puerto', 'ciudad',
  'nueva', 'nuevo', 'vila', 'porto', 'monte', 'isola', 'isla', 'le', 'la', 'los', 'las', 'el', 'den', 'sankt',
];

/** Endings of place names ("Gingertown", "Aalsthoven", "Puttenveen", "Heidelberg"); faker's `city_suffix` lists are added. */
export const CITY_SUFFIXES = [
  'town', 'ton', 'ville', 'burg', 'burgh', 'berg', 'borough', 'boro', 'bury', 'mouth', 'chester', 'cester', 'field',
  'haven', 'shire', 'worth', 'ham', 'ford', 'wick', 'thorpe', 'hampton', 'dorf', 'heim', 'hausen', 'stadt', 'stedt',
  'ingen', 'rode', 'hoven', 'veen', 'dam', 'drecht', 'wijk', 'woude', 'holm', 'vik', 'köping', 'by', 'borg', 'havn',
  'polis', 'grad', 'ovo', 'ice', 'ów', 'ino', 'ano', 'ona', 'ella', 'opolis',
];

/** Words after which a capitalised name is a place ("is in X", "lives in X", "ship ... to X"). */
export const PLACE_VERBS_BEFORE_IN = ['is', 'are', 'was', 'were', 'lives', 'live', 'lived', 'living', 'located', 'based', 'born', 'stay', 'stayed', 'staying', 'stays', 'work', 'works', 'worked', 'grew', 'up', 'meet', 'meeting', 'held', 'office', 'headquartered', 'settled', 'arrived'];
export const PLACE_VERBS_BEFORE_TO = ['replacement', 'ship', 'shipped', 'shipping', 'moved', 'move', 'moving', 'travel', 'travelled', 'traveled', 'flew', 'fly', 'flying', 'drive', 'drove', 'go', 'going', 'went', 'relocate', 'relocated', 'deliver', 'delivered', 'sent', 'send', 'it', 'parcel', 'package', 'trip', 'return', 'returned', 'commute'];

/** Greetings checked before lower-case words ("hey emma"). */
export const LOWER_GREETINGS = ['hi', 'hey', 'hello', 'hiya', 'yo', 'dear', 'thanks', 'thx', 'ty', 'cheers', 'bye', 'morning', 'hallo', 'hola', 'ciao', 'bonjour', 'salut', 'hej'];

/** One word before a name that introduces it: "im carlos", "hey its thore", "signed Lance". */
export const INTRO_WORDS = ['im', "i'm", 'i’m', 'its', "it's", 'it’s', 'signed', 'regards', 'cheers', 'xoxo', 'love',
  // "Hola, soy Rocío", "Pronto, sono Giulia": Spanish and Italian "I am"
  'soy', 'sono'];

/** Words after a sentence-initial first name that show it acts as a person ("Grace said", "Bill is"). */
export const PERSON_VERBS = ['said', 'says', 'told', 'tells', 'asked', 'asks', 'wrote', 'writes', 'called', 'calls', 'mentioned', 'is', 'was', 'will', 'has', 'had', 'can', 'could', 'would', 'should', 'thinks', 'thought', 'wants', 'wanted', 'needs', 'needed', 'sent', 'replied', 'confirmed', 'left', 'joined', 'went', 'came', 'got', 'and', 'from', 'here', 'just', 'also', 'agreed', 'approved', 'signed', 'emailed', 'texted', 'loves', 'likes', 'knows', 'knew', 'says:', 'did', 'does', 'made', 'gave', 'took', 'booked', 'paid', 'ordered', 'founded', 'works', 'worked', 'leads', 'led', 'wins', 'won', 'met', 'visited', 'arrived', 'resigned', 'retired', 'died', 'married', 'became', 'explained', 'added', 'noted', 'announced', 'reported', 'responded', 'answered', 'writes:', 'wrote:',
  'lost', 'found', 'caught', 'cut', 'dropped', 'drove', 'tried', 'thanked', 'opened', 'fixed', 'bought', 'sold', 'forgot',
  'remembered', 'decided', 'promised', 'apologized', 'apologised', 'shared', 'helped', 'invited', 'hired', 'cancelled',
  'canceled', 'reviewed', 'submitted', 'uploaded', 'prepared', 'presented', 'suggested', 'recommended', 'insisted',
  'laughed', 'smiled', 'cried', 'hugged', 'whispered', 'shouted', 'complained', 'requested', 'received', 'moved', 'lives',
  'lived', 'spent', 'spoke', 'talked', 'waited', 'studied', 'graduated', 'teaches', 'taught', 'owns', 'owned'];

/**
 * The person verbs that only people do: after a capitalised word no list knows, at the start of
 * a sentence ("Ikechukwu thanked...", "Oyelaran replied..."). A subset of {@link PERSON_VERBS}.
 */
export const HUMAN_VERBS = ['said', 'told', 'asked', 'thanked', 'replied', 'emailed', 'texted', 'wrote', 'apologized', 'apologised', 'promised', 'smiled', 'laughed', 'married', 'hugged', 'whispered', 'shouted', 'cried'];

/**
 * Words that head a list of people at the start of a line ("Attendees: A, B", "Cc: A", "From: A <a@b.c>"):
 * the names after them need no other cue.
 */
export const HEADER_WORDS = [
  'from', 'to', 'cc', 'bcc', 'attendees', 'attendance', 'present', 'participants', 'invitees', 'guests', 'speakers',
  'panelists', 'panellists', 'reviewers', 'reviewer', 'approvers', 'approver', 'organizer', 'organiser', 'host', 'hosts',
  'chair', 'moderator', 'members', 'assignee', 'reporter', 'requester', 'requestor', 'submitter', 'interviewer',
  'interviewee', 'caller', 'signatories', 'absent', 'apologies', 'attendee', 'participant', 'organizers', 'organisers',
];

/** Nouns owned by a person right after a possessive ("Wanjiru's farewell", "Oyelaran's laptop"). */
export const PERSONAL_NOUNS = [
  'farewell', 'birthday', 'wedding', 'retirement', 'leaving', 'funeral', 'anniversary', 'graduation', 'wife', 'husband',
  'son', 'daughter', 'kids', 'children', 'child', 'baby', 'mom', 'mum', 'dad', 'mother', 'father', 'brother', 'sister',
  'family', 'parents', 'partner', 'boyfriend', 'girlfriend', 'fiancé', 'fiance', 'fiancée', 'boss', 'manager', 'colleague',
  'friend', 'friends', 'desk', 'laptop', 'phone', 'email', 'number', 'address', 'car', 'house', 'flat', 'apartment',
  'party', 'dog', 'cat', 'passport', 'visa', 'salary', 'contract', 'promotion', 'surgery', 'appointment', 'resignation',
  'cv', 'resume', 'signature', 'mother-in-law', 'father-in-law', 'leave', 'maternity', 'paternity', 'account', 'flight',
  'ticket', 'booking', 'application', 'name', 'surname', 'idea', 'team', 'office', 'replacement', 'last', 'first', 'new',
];

/**
 * Words after which a first name that is also a stop word ("Will", "May", "June") is a person:
 * verbs taking a person ("ask Will") and family or work relations ("my son Will").
 */
export const NAME_OBJECT_CUES = [
  'ask', 'asked', 'tell', 'told', 'call', 'called', 'email', 'emailed', 'ping', 'pinged', 'cc', 'met', 'meet', 'thank',
  'thanked', 'invite', 'invited', 'text', 'texted', 'contact', 'contacted', 'married', 'named', 'introduce', 'son', 'daughter', 'wife', 'husband', 'brother', 'sister', 'mother', 'father', 'friend',
  'boss', 'colleague', 'cousin', 'uncle', 'aunt', 'nephew', 'niece', 'grandson', 'granddaughter', 'boyfriend',
  'girlfriend', 'partner', 'fiancé', 'fiance', 'fiancée', 'coworker', 'teammate', 'mom', 'dad', 'mum',
];

/**
 * Family and work relations written right before a name, in several languages ("my son Chukwudi", "partner Wiremu",
 * "Kardeşim Oğuz", "mere bhai Vikas", "bestemor Ragnhild", "mi prima Candela"): a capitalised word no list knows
 * after one is a name.
 */
export const KIN_NOUNS = [
  'son', 'daughter', 'wife', 'husband', 'brother', 'sister', 'mother', 'father', 'mom', 'mum', 'dad', 'partner', 'friend',
  'boss', 'colleague', 'cousin', 'uncle', 'aunt', 'auntie', 'nephew', 'niece', 'grandson', 'granddaughter', 'boyfriend',
  'girlfriend', 'fiancé', 'fiance', 'fiancée', 'coworker', 'teammate', 'assistant', 'secretary', 'flatmate', 'roommate',
  'neighbour', 'neighbor', 'stepson', 'stepdaughter', 'grandma', 'grandpa', 'granny', 'nan', 'nana', 'gran', 'grandad', 'nanna',
  'bhai', 'bhaiya', 'didi', 'behen', 'beta', 'beti', 'kardeşim', 'kardeşi', 'ablam', 'abim', 'bestemor', 'bestefar',
  'mormor', 'farmor', 'morfar', 'farfar', 'prima', 'primo', 'hermano', 'hermana', 'hijo', 'hija', 'frère', 'sœur',
  'fille', 'bruder', 'schwester', 'sohn', 'tochter', 'broer', 'zus', 'fratello', 'sorella', 'figlio', 'figlia',
  'irmão', 'irmã', 'filho', 'filha', 'adik', 'kakak', 'dada', 'kaka',
];

/**
 * Capitalised head nouns of places, venues, businesses and offices that are no surname ("Franklin County
 * Sheriff", "Lotus Nail Studio", "Carter Bridge", "Sai Krupa Apartments", "Orange Sky Laundry"): a name run
 * holding one or right before one is such a name, not a person. Surnames (Hall, Park, Green, Church, House,
 * Barber, Mills) are left out.
 */
export const NON_PERSON_HEADS = [
  'county', 'district', 'province', 'parish', 'borough', 'township', 'municipality', 'prefecture', 'sheriff', 'sheriff’s', "sheriff's",
  'police', 'constabulary', 'council', 'ministry', 'studio', 'studios', 'laundry', 'laundromat', 'physio', 'physiotherapy',
  'apartments', 'apartment', 'towers', 'plaza', 'mall', 'café', 'cafe', 'restaurant', 'bistro', 'trattoria', 'pizzeria',
  'salon', 'boutique', 'pharmacy', 'clinic', 'hotel', 'motel', 'hostel', 'airport', 'station', 'terminal', 'stadium',
  'arena', 'theatre', 'theater', 'cinema', 'gallery', 'museum', 'library', 'academy', 'institute', 'programme', 'program',
  'bridge', 'avenue', 'ave', 'road', 'rd', 'boulevard', 'blvd', 'highway', 'expressway', 'motorway', 'floor', 'suite',
  'building', 'centre', 'center', 'square', 'market', 'supermarket', 'realty', 'motors', 'properties', 'residences',
  'condos', 'heights', 'gardens', 'claims', 'insurance', 'logistics', 'pictures', 'records', 'labs', 'foods', 'kitchen',
  'grill', 'bakery', 'brewery', 'deli', 'diner', 'pub', 'resort', 'spa', 'fitness', 'gym', 'yoga', 'dental', 'medical',
  'veterinary', 'nails', 'beauty', 'barbershop', 'pilates', 'dentistry', 'optical', 'pharma', 'cathedral', 'chapel',
  'mosque', 'temple', 'synagogue', 'arcade', 'campus', 'faculty', 'department', 'dept', 'office', 'secretariat', 'hq', 'rent-a-car',
  // ("Seneca Polytechnic", "Plymouth Marine Laboratory", "Riccarton Medical Practice")
  'polytechnic', 'laboratory', 'orthodontics', 'nursery', 'cooperative', 'practice', 'surgery',
];

/**
 * Articles and possessives of several languages: a lower-case word right after one is a noun ("le lien",
 * "die Mail", "the grace period"), not a name.
 */
export const DETERMINERS = [
  'the', 'a', 'an', 'my', 'your', 'his', 'her', 'our', 'their', 'this', 'that', 'le', 'la', 'les', 'un', 'une', 'mon',
  'ma', 'mes', 'ton', 'ta', 'tes', 'son', 'sa', 'ses', 'notre', 'votre', 'leur', 'ce', 'cette', 'el', 'los', 'las',
  'una', 'mi', 'tu', 'su', 'il', 'lo', 'gli', 'uno', 'o', 'os', 'as', 'um', 'uma', 'meu', 'minha', 'seu', 'sua',
  'der', 'die', 'das', 'den', 'dem', 'ein', 'eine', 'einen', 'mein', 'meine', 'dein', 'deine', 'sein', 'seine',
  'het', 'een', 'mijn', 'jouw', 'min', 'mitt', 'mina', 'din', 'ditt', 'sin', 'sitt', 'en', 'ett',
  'ihr', 'ihre', 'ihren', 'ihrem', 'ihrer', 'unser', 'unsere', 'euer', 'eure', 'meinen', 'deinen', 'seinen', 'uw', 'onze',
];

/** Abbreviated weekdays, which name lists hold as names ("Thu", "Sat"): not a person before a date ("Thu, 7 Dec"). */
export const WEEKDAY_ABBREVIATIONS = ['mon', 'tue', 'tues', 'wed', 'thu', 'thur', 'thurs', 'fri', 'sat', 'sun'];

/** Job-title nouns: "Senior Financial Analyst", "HR Coordinator" are titles, not organisations. */
export const JOB_NOUNS = [
  'analyst', 'manager', 'director', 'officer', 'coordinator', 'specialist', 'consultant', 'engineer', 'assistant',
  'advisor', 'adviser', 'administrator', 'executive', 'representative', 'lead', 'planner', 'accountant', 'controller',
  'auditor', 'architect', 'developer', 'designer', 'counsel', 'intern', 'scientist', 'researcher', 'strategist',
  'supervisor', 'technician', 'recruiter', 'editor', 'producer', 'secretary', 'treasurer', 'clerk', 'trainee',
];


/** Street-first words written in lower case in running text ("12 rue de la Paix", "via Roma 3"): address anchors. */
export const LOWER_ANCHORS = ['rue', 'via', 'calle', 'rua', 'ul', 'al', 'avenue', 'boulevard', 'place', 'quai', 'chemin', 'impasse', 'carrer', 'avenida', 'piazza', 'corso', 'viale', 'ulica', 'aleja', 'plac'];

/** Second words of the two-word introductions person.ts checks ("name is", "i am", "call me", "ich bin"...). */
export const INTRO_SECOND_WORDS = ['is', 'am', 'me', 'bin', 'suis', 'llamo', 'chiamo', 'named'];

/** "and" in other languages, joining surnames in firm names ("Fraga e Domingues", "Schmidt und Koch"). */
export const FIRM_FOREIGN_AND = ['e', 'et', 'y', 'und', 'en', 'och', 'og', 'i', 've', 'ile'];

/**
 * Common first names (older generations, with their diacritics) that faker's
 * baby-name lists and compromise miss: "Müller, Jürgen" must find Jürgen.
 */
export const EXTRA_FIRST_NAMES = [
  // everyday Greek given names (faker's el list has the formal ones: Γεώργιος, not Γιώργος)
  'γιώργος', 'γιάννης', 'κώστας', 'νίκος', 'δημήτρης', 'χάρης', 'βασίλης', 'θανάσης', 'σταύρος', 'μιχάλης', 'χρήστος',
  'αντώνης', 'σπύρος', 'βαγγέλης', 'παναγιώτης', 'λευτέρης', 'μανώλης', 'στέλιος', 'πέτρος', 'παύλος', 'ανδρέας',
  'κατερίνα', 'μαρία', 'ελένη', 'δήμητρα', 'σοφία', 'αναστασία', 'βασιλική', 'γεωργία', 'ιωάννα', 'χριστίνα',
  'αγγελική', 'ειρήνη', 'φωτεινή', 'δέσποινα', 'παρασκευή', 'νεφέλη', 'ζωή', 'αθηνά', 'βάσω', 'ντίνα', 'τάσος', 'άννα',
  'jürgen', 'jurgen', 'günter', 'günther', 'gunter', 'uwe', 'heike', 'jörg', 'jörn', 'björn', 'sönke', 'bärbel', 'käthe',
  'lüder', 'dörte', 'götz', 'henk', 'joop', 'gerrit', 'wim', 'sjoerd', 'tadeusz', 'zbigniew', 'bożena',
  'grażyna', 'jolanta', 'mirosław', 'bogusław', 'wiesław', 'zdzisław', 'czesław', 'jarosław', 'radosław', 'władysław',
  'françois', 'josé', 'andré', 'rené', 'hélène', 'cécile', 'thérèse', 'agnès', 'jérôme', 'frédéric', 'stéphane',
  'gérard', 'élodie', 'océane', 'anaïs', 'maël', 'loïc', 'joão', 'sebastião', 'conceição', 'inês', 'ramón',
  'jesús', 'nicolás', 'andrés', 'tomás', 'matías', 'joaquín', 'martín', 'iñaki', 'begoña', 'aitor', 'søren',
  'jørgen', 'øystein', 'åsa', 'örjan', 'göran', 'håkan', 'jöns', 'ákos', 'zoltán', 'józsef', 'lászló', 'attila',
  // Common given names of regions the faker lists cover thinly or only in other scripts (West, East and
  // Southern Africa, Ethiopia, India, Iran, Turkey, Vietnam and China without diacritics, Korea, the Arab
  // world, Malaysia and Indonesia, Ireland). No English dictionary words: those would need a cue anyway.
  'chukwuemeka', 'ikechukwu', 'nkechi', 'ngozi', 'chinedu', 'obinna', 'emeka', 'uchenna', 'chidi', 'chioma',
  'adaeze', 'amaka', 'ifeoma', 'nnamdi', 'kelechi', 'chinonso', 'chibuike', 'ebuka', 'somtochukwu', 'tochukwu',
  'ifeanyi', 'olumide', 'oluwaseun', 'seun', 'tunde', 'babatunde', 'ayodele', 'adebola', 'adewale',
  'damilare', 'folake', 'funmilayo', 'funke', 'yetunde', 'titilayo', 'bukola', 'temitope', 'kehinde', 'taiwo',
  'femi', 'olufemi', 'segun', 'gbenga', 'kunle', 'bolaji', 'abimbola', 'modupe', 'omolara', 'adaora', 'obioma',
  'nneka', 'uzoma', 'ugochukwu', 'chiamaka', 'chinwe', 'chinyere', 'ngozika', 'oluwatobi', 'oluwafemi', 'toluwalase',
  'tolulope', 'adeola', 'adesuwa', 'osaro', 'efosa', 'osagie', 'eghosa', 'aminu', 'hauwa', 'halima', 'abubakar',
  'wanjiru', 'wambui', 'njeri', 'wanjiku', 'nyambura', 'wairimu', 'muthoni', 'njoki', 'akinyi', 'atieno', 'achieng',
  'awino', 'adhiambo', 'anyango', 'wangari', 'nyokabi', 'wangui', 'kagwiria', 'kerubo', 'moraa', 'nyaboke',
  'kemunto', 'otieno', 'ochieng', 'odhiambo', 'omondi', 'onyango', 'owino', 'kiprop', 'kipchoge', 'kiptoo',
  'cheruiyot', 'chebet', 'jepchirchir', 'kiplagat', 'rotich', 'koech', 'wafula', 'wekesa', 'barasa', 'wanyama',
  'mutiso', 'muriuki', 'gitau', 'ndungu', 'wachira', 'nyaga', 'kibet', 'langat', 'kamau', 'mwangi', 'kariuki',
  'njoroge', 'kimani', 'githinji', 'macharia', 'maina', 'mutua', 'musyoka', 'tendai', 'tatenda', 'tafadzwa',
  'rutendo', 'chipo', 'nyasha', 'farai', 'kudakwashe', 'tinashe', 'thabo', 'sipho', 'lerato', 'nomvula', 'bongani',
  'thandiwe', 'nokuthula', 'lwazi', 'zanele', 'kofi', 'kojo', 'abena', 'akosua', 'kwabena', 'kwaku', 'adwoa', 'efua',
  'abebe', 'tesfaye', 'girma', 'alemu', 'tadesse', 'mekonnen', 'getachew', 'assefa', 'worku', 'kebede', 'berhane',
  'yohannes', 'almaz', 'tigist', 'hirut', 'selamawit', 'dawit', 'biruk', 'mulugeta', 'gebre', 'tekle', 'haile',
  'bekele', 'venkatesh', 'ramesh', 'ganesh', 'naresh', 'mukesh', 'rakesh', 'pradeep', 'anand', 'arvind', 'aravind',
  'karthik', 'karthikeyan', 'senthil', 'murugan', 'balaji', 'sundar', 'shankar', 'lakshmi', 'meenakshi', 'kavitha',
  'deepa', 'divya', 'sowmya', 'swathi', 'priyanka', 'anitha', 'sangeetha', 'bhavana', 'harini', 'janani', 'nandini',
  'padma', 'revathi', 'saranya', 'vidya', 'shalini', 'pooja', 'sneha', 'neha', 'ritu', 'anjali', 'vijay', 'ajay',
  'vikram', 'rohit', 'ankit', 'akhil', 'aditya', 'abhishek', 'siddharth', 'varun', 'tarun', 'harish', 'girish',
  'satish', 'ashish', 'jagdish', 'yogesh', 'umesh', 'nitin', 'sachin', 'gaurav', 'saurabh', 'alok', 'manoj', 'sunil',
  'anil', 'kapil', 'vinod', 'pramod', 'ravi', 'raju', 'srinivas', 'venkat', 'murali', 'gopal', 'hari', 'swati',
  'shruti', 'aarti', 'rekha', 'kavya', 'ananya', 'aishwarya', 'madhuri', 'sridevi', 'raghu', 'raghav', 'lakshman',
  'srinivasan', 'subramaniam', 'venkataraman', 'krishnamurthy', 'gopinath', 'jayanthi', 'vasanthi', 'bhuvana',
  'chitra', 'geetha', 'latha', 'malathi', 'radha', 'sudha', 'parvathi', 'sarita', 'savita', 'seema', 'shweta',
  'sonal', 'tanvi', 'vandana', 'yamini', 'zoya', 'krish', 'shaurya', 'advait', 'dhruv', 'kabir', 'rudra', 'atharv',
  'kaveh', 'dariush', 'farhad', 'farid', 'hamid', 'majid', 'behnam', 'behrouz', 'babak', 'arash', 'kian', 'omid',
  'navid', 'pouya', 'ramin', 'shahram', 'shahin', 'siavash', 'kourosh', 'mehran', 'mohsen', 'payam', 'parisa',
  'shirin', 'nasrin', 'fariba', 'farnaz', 'golnaz', 'mahsa', 'niloufar', 'roya', 'shabnam', 'azadeh', 'elham',
  'neda', 'nazanin', 'pegah', 'sepideh', 'soraya', 'taraneh', 'bahram', 'jamshid', 'parviz', 'hooman', 'afshin',
  'hüseyin', 'murat', 'ömer', 'emre', 'burak', 'cem', 'deniz', 'kaan', 'kerem', 'mert', 'onur', 'serkan', 'tolga',
  'volkan', 'cagri', 'çağrı', 'gökhan', 'gokhan', 'hakan', 'ayşe', 'merve', 'esra', 'büşra', 'busra', 'derya',
  'ebru', 'gizem', 'ipek', 'özlem', 'ozlem', 'pinar', 'pınar', 'sibel', 'tugba', 'tuğba', 'yasemin', 'tuan', 'tung',
  'duc', 'hieu', 'khanh', 'khoa', 'kien', 'phong', 'quang', 'quan', 'thang', 'thinh', 'toan', 'trung', 'vinh',
  'chau', 'cuong', 'giang', 'hanh', 'hien', 'huong', 'lien', 'nga', 'nhung', 'oanh', 'quynh', 'tuyet', 'uyen',
  'xuan', 'duy', 'nhan', 'phuc', 'tien', 'thao', 'trang', 'phuong', 'ngoc', 'linh', 'fang', 'ming', 'xiu', 'hua',
  'hui', 'qiang', 'xin', 'ling', 'xiaoming', 'xiaoli', 'xiaohong', 'jianguo', 'jianhua', 'jiahui', 'jiayi', 'zihan',
  'zixuan', 'haoran', 'yuxuan', 'yichen', 'yuting', 'shuang', 'jingjing', 'dandan', 'lingling', 'xiaoyu', 'xiaowei',
  'zhiwei', 'zhiqiang', 'weiwei', 'jianjun', 'guoqiang', 'haiyan', 'hongmei', 'meiling', 'yanping', 'xiulan',
  'guiying', 'xiuying', 'yufei', 'zhihao', 'junjie', 'ruoxi', 'shiyu', 'yiming', 'zhengyang', 'qing', 'rui', 'zhen',
  'zhi', 'yue', 'yun', 'xue', 'minjun', 'seojun', 'jiho', 'jiwoo', 'seoyeon', 'minseo', 'jiyeon', 'hyun', 'jisoo',
  'jimin', 'soojin', 'eunji', 'hyejin', 'sungmin', 'jaehyun', 'junho', 'donghyun', 'taeyang', 'sora', 'minji',
  'seungho', 'hyunwoo', 'jihoon', 'yejin', 'yousef', 'husain', 'tariq', 'faisal', 'saad', 'salman', 'abdulaziz',
  'nabil', 'walid', 'waleed', 'ziad', 'rami', 'nasser', 'fahad', 'majed', 'mansour', 'noura', 'huda', 'hiba', 'amal',
  'imran', 'irfan', 'zubair', 'asif', 'arif', 'naveed', 'tahir', 'sajid', 'wasim', 'nadeem', 'junaid', 'kamran',
  'adnan', 'fawad', 'hafiz', 'faizal', 'rizal', 'syafiq', 'aiman', 'budi', 'agus', 'dewi', 'putri', 'wahyu',
  'hendra', 'indra', 'joko', 'bambang', 'rizky', 'fajar', 'siobhán', 'seán', 'máire', 'aoife', 'caoimhe', 'saoirse',
  'oisín', 'oisin', 'ciarán', 'cian', 'róisín', 'roisin', 'sinéad', 'sinead', 'clodagh', 'gráinne', 'grainne',
  'órla', 'orla', 'méabh', 'meabh', 'tadhg', 'donnchadh', 'cathal', 'ruairí', 'ruairi', 'darragh', 'éabha', 'eabha',
  'pádraig', 'áine', 'aine', 'bríd', 'brid', 'dervla', 'fiachra', 'colm', 'cormac',
];

/** Common surnames of the same regions ("Okafor", "Kamau", "Subramanian", "Rostami", "Ngo", "Al-Rashid"). */
export const EXTRA_SURNAMES = [
  'okafor', 'okeke', 'eze', 'okonkwo', 'nwosu', 'obi', 'nwachukwu', 'okoro', 'adeyemi', 'adebayo', 'ogunleye',
  'olawale', 'balogun', 'afolabi', 'bakare', 'ogunbiyi', 'adeleke', 'okonjo', 'iweala', 'chukwu', 'nnaji', 'igwe',
  'ezeh', 'okoye', 'anyanwu', 'ibe', 'onuoha', 'udeh', 'ugwu', 'odukoya', 'oladipo', 'olatunji', 'ayodeji',
  'akinola', 'akande', 'danjuma', 'abdullahi', 'garba', 'lawal', 'aliyu', 'suleiman', 'obasanjo', 'adekunle',
  'adesanya', 'ogundipe', 'oyewole', 'oyelaran', 'akintola', 'nwankwo', 'uzor', 'ejiofor', 'otieno', 'ochieng',
  'odhiambo', 'omondi', 'onyango', 'owino', 'kamau', 'mwangi', 'kariuki', 'njoroge', 'kimani', 'githinji',
  'macharia', 'maina', 'mutua', 'musyoka', 'kiprop', 'kiptoo', 'cheruiyot', 'chebet', 'rotich', 'koech', 'wafula',
  'wekesa', 'barasa', 'wanyama', 'mutiso', 'muriuki', 'gitau', 'ndungu', 'wachira', 'nyaga', 'kibet', 'langat',
  'kenyatta', 'odinga', 'ruto', 'wambugu', 'moyo', 'ncube', 'sibanda', 'dube', 'ndlovu', 'mpofu', 'nkosi', 'dlamini',
  'khumalo', 'mokoena', 'naidoo', 'pillay', 'govender', 'moodley', 'asante', 'boateng', 'owusu', 'osei', 'appiah',
  'agyeman', 'mensah', 'acheampong', 'bekele', 'tesfaye', 'haile', 'girma', 'alemu', 'tadesse', 'mekonnen',
  'getachew', 'assefa', 'worku', 'kebede', 'berhane', 'gebremedhin', 'tekle', 'woldemariam', 'subramanian',
  'raghunathan', 'srinivasan', 'ramanathan', 'krishnan', 'narayanan', 'iyer', 'iyengar', 'raghavan', 'lakshmanan',
  'deshpande', 'kulkarni', 'joshi', 'patil', 'deshmukh', 'gokhale', 'bhattacharya', 'mukherjee', 'banerjee',
  'ganguly', 'bose', 'sengupta', 'dasgupta', 'ghosh', 'reddy', 'naidu', 'rao', 'pillai', 'nair', 'menon', 'kurian',
  'varghese', 'aggarwal', 'bansal', 'goyal', 'mittal', 'jain', 'mehta', 'desai', 'trivedi', 'pandya', 'chauhan',
  'rathore', 'yadav', 'verma', 'gupta', 'mishra', 'tiwari', 'pandey', 'dubey', 'srivastava', 'saxena', 'malhotra',
  'khanna', 'arora', 'sethi', 'bhatia', 'ahluwalia', 'sandhu', 'dhillon', 'grewal', 'sidhu', 'venkataraman',
  'ramaswamy', 'subramaniam', 'natarajan', 'gopalan', 'chandrasekhar', 'krishnamurthy', 'balasubramanian',
  'sundaram', 'rajagopal', 'raman', 'rostami', 'hosseini', 'mohammadi', 'ahmadi', 'rezaei', 'moradi', 'karimi',
  'jafari', 'rahimi', 'hashemi', 'mousavi', 'ghorbani', 'sadeghi', 'tehrani', 'shirazi', 'esfahani', 'kazemi',
  'rahmani', 'bagheri', 'najafi', 'abbasi', 'nazari', 'amini', 'asadi', 'heidari', 'jalali', 'khosravi', 'mirzaei',
  'naderi', 'farahani', 'ebrahimi', 'zamani', 'yazdani', 'soltani', 'ghasemi', 'akbari', 'azizi', 'safavi',
  'tabatabaei', 'yılmaz', 'şahin', 'çelik', 'yıldız', 'yıldırım', 'öztürk', 'aydın', 'özdemir', 'doğan', 'kılıç',
  'cetin', 'çetin', 'koc', 'koç', 'ozkan', 'özkan', 'simsek', 'şimşek', 'erdogan', 'erdoğan', 'polat', 'korkmaz',
  'aksoy', 'gunes', 'güneş', 'bui', 'ngo', 'duong', 'truong', 'dinh', 'trinh', 'luong', 'wang', 'zheng', 'liang',
  'xie', 'feng', 'deng', 'cao', 'peng', 'zeng', 'yuan', 'cai', 'jiang', 'cheng', 'wei', 'ren', 'shen', 'yao', 'cui',
  'zhong', 'qian', 'qin', 'xia', 'jin', 'hao', 'kang', 'qiu', 'hou', 'shao', 'meng', 'duan', 'wen', 'zou', 'kim',
  'yoon', 'jang', 'hwang', 'ahn', 'jeon', 'haddad', 'khoury', 'nasser', 'saleh', 'hamdan', 'mansour', 'qureshi',
  'siddiqui', 'rahman', 'chaudhary', 'hussain', 'iqbal', 'mirza', 'baig', 'zaidi', 'rizvi', 'naqvi', 'bukhari',
  'farooqui', 'al-hassan', 'al-rashid', 'al-sayed', 'al-masri', 'al-amin', 'al-farsi', 'el-sayed', 'abdelrahman',
  'santoso', 'susanto', 'wijaya', 'setiawan', 'hidayat', 'pratama', 'saputra', 'kusuma', 'gunawan', 'mcloughlin',
  'connolly', 'daly', 'connell', 'brennan',
];

/**
 * Well-known organisations of everyday data, by region and sector, written from general knowledge (banks,
 * insurers, telecoms, airlines, retailers, carmakers, energy, pharma, consultancies, couriers, public bodies,
 * broadcasters, football clubs, international bodies): added to {@link KNOWN_ORGS} by lexicon-build.ts.
 * Left out: software and payment apps used as tools (Slack, Venmo, GCash, M-Pesa...), two-letter acronyms that
 * are also codes or chat words (GM, SK, NH, DR...), and single names that are everyday words or first names
 * (Next, Three, Smart, Maya, Otto, Santos...): those need a legal suffix or head noun ("Next plc").
 * A single name that is also a word, name or place still needs context (organization.ts, rule 4).
 */
export const KNOWN_ORGS_WORLD = [
  // news agencies (datelines and credits: "MANILA (Kyodo) —"), tax, postal and immigration bodies, and retailers,
  // banks and research bodies that everyday letters and chats name
  'Kyodo', 'Kyodo News', 'Yonhap', 'Agencia EFE', 'Lusa', 'ANSA', 'Deutsche Presse-Agentur', 'Agence France-Presse', 'Press Association',
  'Associated Press', 'Anadolu Agency', 'Bernama', 'Antara', 'Press Trust of India', 'IRNA', 'Ritzau', 'Agerpres', 'Ukrinform',
  'Verohallinto', 'Skatteetaten', 'Skattestyrelsen', 'Belastingdienst', 'Agenzia delle Entrate', 'Agencia Tributaria', 'Finanzamt',
  'Autoridade Tributária e Aduaneira', 'Maksu- ja Tolliamet', 'Nemzeti Adó- és Vámhivatal', 'Lembaga Hasil Dalam Negeri',
  'UK Visas and Immigration', 'Immigration, Refugees and Citizenship Canada', 'Home Office', 'Action Fraud', 'Citizens Advice',
  'Omniva', 'Posten Bring', 'Poczta Polska', 'An Post', 'Nova Poshta', 'PostNL', 'bpost', 'Correos', 'Swiss Post',
  'Co-op', 'Budgens', 'Starling Bank', 'Kwik Fit', 'Brewers Fayre', 'Dishoom', 'Greggs', 'Wetherspoons', 'Screwfix', 'Argos',
  'Embrapa', 'KAIST', 'RIKEN', 'Heriot-Watt University', 'Heriot-Watt', 'CONAF', 'Haldiram', 'Privatbank', 'Приватбанк', 'Нова пошта',
  // credit bureaus, cloud and software companies, delivery apps and retailers the lists lacked
  'Equifax', 'Experian', 'TransUnion', 'Fastly', 'Akamai', 'Datadog', 'Twilio', 'Zoho', 'Freshworks', 'Canva', 'PhonePe', 'Interac',
  'Sanborns', 'Kinokuniya', 'Muji', 'Kakao', 'Sobeys', 'Wolt', 'Foodpanda', 'Talabat', 'Careem', 'Halfords', 'Yemeksepeti',
  // United States: banks, insurers, health insurers
  'Capital One', 'PNC', 'Truist', 'TD Bank', 'Ally Bank', 'Synchrony', 'Fidelity Investments', 'Vanguard', 'State Farm',
  'Allstate', 'GEICO', 'Liberty Mutual', 'Aetna', 'Cigna', 'Humana', 'UnitedHealthcare', 'UnitedHealth Group',
  'Blue Cross Blue Shield', 'Blue Cross', 'Northwestern Mutual', 'MassMutual', 'New York Life', 'Farmers Insurance',
  'USAA', 'Chubb', 'AIG', 'Prudential', 'Navy Federal', 'Navy Federal Credit Union', 'Citi', 'Fannie Mae', 'Freddie Mac',
  // US telecoms, retail, food, carmakers, energy, pharma, logistics, media
  'Xfinity', 'Charter Communications', 'Cox Communications', 'Southwest Airlines', 'JetBlue', 'Alaska Airlines',
  'Spirit Airlines', 'Delta Airlines', 'Kroger', 'Safeway', 'Albertsons', 'Publix', 'Whole Foods', "Trader Joe's",
  'Home Depot', "Lowe's", 'Best Buy', "Macy's", 'Nordstrom', "Kohl's", 'Rite Aid', 'Dollar General', 'Dollar Tree',
  'Wegmans', 'Meijer', 'Staples', 'Chipotle', "Domino's", 'Pizza Hut', "Wendy's", 'Taco Bell', 'Burger King', 'KFC',
  'Nike', 'Under Armour', 'General Motors', 'Ford Motor', 'Chrysler', 'Chevrolet', 'Exxon', 'ConocoPhillips',
  'Duke Energy', 'Con Edison', 'Merck', 'Bristol-Myers Squibb', 'Gilead', 'Amgen', 'Regeneron', 'McKesson',
  'Cardinal Health', 'USPS', 'Qualcomm', 'Broadcom', 'Texas Instruments', 'Hewlett-Packard', 'Hewlett Packard Enterprise',
  'Dell Technologies', 'Booz Allen Hamilton', 'Oliver Wyman', 'Gartner', 'General Electric', 'Honeywell',
  'Lockheed Martin', 'Raytheon', 'Northrop Grumman', 'Marriott', 'Hyatt', 'Grubhub',
  'Robinhood', 'SoFi', 'Warner Bros', 'NBC', 'CBS', 'ABC News', 'Fox News', 'NPR', 'PBS', 'CNBC', 'ESPN',
  'New York Times', 'Washington Post', 'Wall Street Journal', 'Associated Press',
  // US public bodies
  'FTC', 'FDA', 'EPA', 'DHS', 'DOJ', 'FEMA', 'USCIS', 'TSA', 'NIH', 'SEC', 'FINRA', 'Social Security Administration',
  'Department of Justice', 'Department of Homeland Security', 'Department of Veterans Affairs', 'Internal Revenue Service',
  'Federal Bureau of Investigation', 'Food and Drug Administration', 'Securities and Exchange Commission',
  'Federal Trade Commission', 'Consumer Financial Protection Bureau', 'CFPB', 'US Army', 'US Navy', 'US Air Force',
  'NYPD', 'LAPD', 'UCLA', 'NYU', 'Caltech', 'Johns Hopkins', 'Cleveland Clinic',
  // United Kingdom and Ireland
  'TSB', 'Metro Bank', 'Starling Bank', 'Virgin Money', 'Co-operative Bank', 'Aviva', 'Legal & General',   'Direct Line', 'Hastings Direct', 'Standard Life', 'Santander UK', 'Bank of Ireland', 'AIB', 'Allied Irish Banks',
  'Virgin Media', 'TalkTalk', 'Sky UK', 'Asda', 'Morrisons', 'Waitrose', 'Marks & Spencer', 'Argos', 'Currys',
  'John Lewis', 'Primark', 'Ocado', 'Greggs', 'Pret A Manger', 'Superdrug', 'Virgin Atlantic', 'Jet2', 'Royal Mail',
  'Parcelforce', 'Evri', 'Centrica', 'British Gas', 'Octopus Energy', 'Scottish Power', 'Rolls-Royce',
  'BAE Systems', 'Jaguar Land Rover', 'ITV', 'Channel 4', 'Sky News', 'The Guardian', 'DVLA', 'DWP', 'HM Revenue',
  'Home Office', 'Foreign Office', 'Ofcom', 'Ofgem', 'Ofsted', 'Companies House', 'Citizens Advice',
  'Financial Conduct Authority', 'Metropolitan Police', 'Met Police', 'Police Scotland', 'Crown Prosecution Service',
  'Oxfam', 'Cancer Research UK', 'British Heart Foundation', 'RSPCA', 'NSPCC', "Barnardo's", 'Macmillan Cancer Support',
  'Imperial College', 'Imperial College London', 'UCL', 'LSE', "King's College London", 'RTÉ', 'RTE', 'Ryanair',
  // Germany, Austria, Switzerland
  'Sparkasse', 'Volksbank', 'DKB', 'N26', 'Postbank', 'HypoVereinsbank', 'DZ Bank', 'KfW', 'AOK', 'Techniker Krankenkasse',
  'Barmer', 'DAK', 'HUK-Coburg', 'Telekom', 'MediaMarkt', 'Media Markt', 'Rossmann', 'Deutsche Bahn', 'Eurowings',
  'DPD', 'GLS', 'Audi', 'Porsche', 'Opel', 'Henkel', 'ThyssenKrupp', 'Thyssenkrupp', 'RWE', 'EnBW',
  'Vattenfall', 'ZDF', 'ARD', 'WDR', 'NDR', 'SWR', 'Deutsche Welle', 'Bundesagentur für Arbeit', 'Jobcenter',
  'Bundeswehr', 'Bundespolizei', 'Bundeskriminalamt', 'ADAC', 'TÜV', 'Charité', 'Raiffeisen', 'Erste Bank', 'ORF', 'SRF',
  'Swisscom', 'PostFinance', 'Credit Suisse', 'Julius Bär', 'SBB', 'ÖBB', 'Novartis',
  // France, Belgium
  'Crédit Mutuel', 'Credit Mutuel', 'LCL', 'La Banque Postale', "Caisse d'Epargne", "Caisse d'Épargne", 'Banque Populaire',
  'Boursorama', 'MAIF', 'MACIF', 'MAAF', 'Groupama', 'SFR', 'Bouygues', 'Bouygues Telecom',   'Intermarché', 'Monoprix', 'Fnac', 'Darty', 'Decathlon', 'Leroy Merlin', 'SNCF', 'RATP', 'La Poste', 'Chronopost',
  'Colissimo', 'EDF', 'Citroën', 'Citroen', 'Dior', 'France Télévisions', 'Radio France', 'TF1', 'Le Monde',
  'Le Figaro', 'CPAM', 'Pôle emploi', 'France Travail', 'URSSAF', 'Gendarmerie', 'Gendarmerie nationale', 'Police nationale',
  'KBC', 'Belfius', 'Proximus', 'Colruyt', 'Delhaize', 'bpost', 'RTBF', 'VRT', 'AP-HP',
  // Spain, Portugal
  'CaixaBank', 'Bankinter', 'Banco Sabadell', 'Unicaja', 'Kutxabank', 'Abanca', 'Mapfre', 'Mutua Madrileña',
  'Movistar', 'MásMóvil', 'El Corte Inglés', 'Eroski', 'Vueling', 'Air Europa', 'Renfe', 'Correos', 'SEUR', 'Endesa',
  'Naturgy', 'RTVE', 'Real Madrid', 'FC Barcelona', 'Atlético de Madrid', 'Atlético Madrid', 'Sevilla FC', 'Valencia CF',
  'Agencia Tributaria', 'Guardia Civil', 'Policía Nacional', "Mossos d'Esquadra", 'Millennium BCP', 'Caixa Geral de Depósitos',
  'Novo Banco', 'CTT', 'EDP', 'Galp', 'Sonae', 'TAP Air Portugal', 'Benfica', 'FC Porto', 'Sporting CP', 'RTP',
  // Italy
  'Banca Mediolanum', 'Monte dei Paschi', 'BPER', 'Banco BPM', 'Poste Italiane', 'UnipolSai', 'Unipol', 'Eni',
  'Telecom Italia', 'WindTre', 'Fastweb', 'Esselunga', 'Conad', 'Eurospin', 'Fiat', 'Lamborghini', 'Pirelli',
  'Luxottica', 'Alitalia', 'ITA Airways', 'Trenitalia', 'Mediaset',
  'Juventus', 'AC Milan', 'Inter Milan', 'AS Roma', 'SS Lazio', 'SSC Napoli', 'INPS', 'INAIL', 'Agenzia delle Entrate',
  'Carabinieri', 'Polizia di Stato', 'Guardia di Finanza', 'RAI',
  // Netherlands, Nordics
  'ASN Bank', 'Bunq', 'Triodos', 'Triodos Bank', 'Achmea', 'Aegon', 'NN Group', 'Nationale-Nederlanden', 'KPN', 'Ziggo',
  'Odido', 'HEMA', 'Coolblue', 'Transavia', 'PostNL', 'Belastingdienst', 'UWV', 'Politie', 'Ajax', 'PSV', 'PSV Eindhoven',
  'Feyenoord', 'NOS', 'NPO', 'Handelsbanken', 'SEB', 'Swedbank', 'Skatteverket', 'Försäkringskassan', 'Telia', 'Tele2',
  'Telenor', 'ICA', 'Systembolaget', 'Finnair', 'Norwegian Air', 'DNB', 'Ørsted', 'Orsted', 'Vestas',   'Postnord', 'PostNord', 'SVT', 'NRK', 'YLE', 'Kela',   // Poland
  'PKO BP', 'PKO Bank Polski', 'Bank Pekao', 'Pekao', 'mBank', 'ING Bank Śląski', 'Santander Bank Polska', 'Alior Bank',
  'PZU', 'Orange Polska', 'Biedronka', 'Żabka', 'InPost', 'Poczta Polska', 'PKN Orlen', 'Orlen', 'PGE',
  'PGNiG', 'KGHM', 'PKP', 'PKP Intercity', 'ZUS', 'NFZ', 'TVP', 'Polsat', 'Legia Warszawa', 'Lech Poznań',
  // Türkiye
  'Türk Telekom', 'Turkcell', 'Ziraat Bankası', 'İş Bankası', 'Garanti BBVA', 'Akbank', 'Yapı Kredi', 'Halkbank',
  'VakıfBank', 'Vakıfbank', 'QNB Finansbank', 'Denizbank', 'DenizBank', 'Türk Hava Yolları', 'Pegasus Airlines',
  'Koç Holding', 'Sabancı Holding', 'Arçelik', 'Vestel', 'TRT', 'Galatasaray',
  'Fenerbahçe', 'Beşiktaş', 'Trabzonspor', 'SGK', 'PTT', 'Aras Kargo', 'Yurtiçi Kargo', 'MNG Kargo',
  // Brazil, Mexico, Latin America
  'Itaú Unibanco', 'Caixa Econômica Federal', 'Banco Inter', 'C6 Bank', 'BTG Pactual', 'XP Investimentos', 'Ambev',
  'Embraer', 'Magazine Luiza', 'Magalu', 'Casas Bahia', 'Pão de Açúcar', 'Correios', 'LATAM',
  'LATAM Airlines', 'Rede Globo', 'TV Globo', 'INSS', 'Receita Federal', 'Polícia Federal', 'Polícia Militar',
  'Flamengo', 'Corinthians', 'São Paulo FC', 'Unimed', 'SulAmérica', 'Bradesco Saúde',
  'Hapvida', 'Banorte', 'Banamex', 'Citibanamex', 'Banco Azteca', 'BanCoppel', 'Inbursa', 'Telcel', 'Telmex',
  'América Móvil', 'Pemex', 'CFE', 'Cemex', 'Grupo Bimbo', 'FEMSA', 'OXXO', 'Oxxo', 'Soriana', 'Chedraui', 'Coppel',
  'Aeroméxico', 'Aeromexico', 'Volaris', 'Televisa', 'TV Azteca', 'IMSS', 'ISSSTE', 'UNAM', 'Club América', 'Chivas',
  'Boca Juniors', 'River Plate', 'Avianca', 'Bancolombia', 'Falabella', 'Cencosud', 'YPF', 'Codelco',
  // India
  'SBI', 'Punjab National Bank', 'Bank of Baroda', 'Canara Bank', 'Yes Bank', 'IndusInd Bank', 'Kotak Mahindra',
  'Life Insurance Corporation', 'Reliance Jio', 'Vodafone Idea', 'BSNL', 'TCS', 'HCL Technologies', 'Tech Mahindra',
  'Maruti Suzuki', 'Hero MotoCorp', 'Larsen & Toubro', 'Hindustan Unilever', 'Swiggy', 'Zomato', 'Razorpay',
  'BigBasket', 'IndiGo', 'SpiceJet', 'Vistara', 'Indian Railways', 'IRCTC', 'UIDAI', 'Income Tax Department',
  'Doordarshan', 'NDTV', 'Times of India', 'ISRO', 'DRDO', 'AIIMS', 'Apollo Hospitals', 'Fortis Healthcare',
  'Blue Dart', 'Delhivery', 'India Post', 'Infosys', 'Wipro', 'Bajaj Finance', 'Bajaj Auto', 'Adani Group',
  // Nigeria, Kenya, South Africa, Africa
  'GTBank', 'GTCO', 'Guaranty Trust Bank', 'First Bank of Nigeria', 'FirstBank', 'United Bank for Africa',
  'Fidelity Bank', 'Stanbic IBTC', 'Sterling Bank', 'Wema Bank', 'Polaris Bank', 'Moniepoint', 'Flutterwave', 'Paystack',
  'Interswitch', 'MTN', 'MTN Nigeria', 'Globacom', 'Dangote Group', 'Dangote Cement', 'NNPC', 'Air Peace',
  'Arik Air', 'Nigeria Police Force', 'EFCC', 'FIRS', 'NIMC', 'NYSC', 'JAMB', 'NTA', 'Channels Television',
  'KCB', 'KCB Bank', 'NCBA', 'Absa', 'Absa Bank', 'I&M Bank', 'Telkom Kenya', 'Kenya Airways', 'Kenya Power', 'KPLC',
  'KRA', 'Kenya Revenue Authority', 'NHIF', 'NSSF', 'Naivas', 'Quickmart', 'Nation Media Group',
  'Jubilee Insurance', 'Britam', 'Sanlam', 'Old Mutual', 'FNB', 'First National Bank', 'Nedbank', 'Capitec',
  'Capitec Bank', 'Investec', 'TymeBank', 'Outsurance', 'Santam', 'Hollard', 'Vodacom', 'Cell C', 'Telkom', 'Shoprite',
  'Pick n Pay', 'Dis-Chem', 'Eskom', 'Sasol', 'Transnet', 'South African Airways', 'FlySafair',
  'SARS', 'SAPS', 'SABC', 'MultiChoice', 'DStv', 'Naspers', 'Prosus', 'Anglo American', 'De Beers', 'Kaizer Chiefs',
  'Orlando Pirates', 'Mamelodi Sundowns', 'Ethiopian Airlines', 'Attijariwafa Bank', 'Royal Air Maroc', 'EgyptAir',
  // Australia, New Zealand
  'Commonwealth Bank', 'CommBank', 'Westpac', 'ANZ', 'NAB', 'National Australia Bank', 'Macquarie Group', 'Macquarie Bank',
  'Bendigo Bank', 'Suncorp', 'AAMI', 'NRMA', 'RACV', 'QBE', 'Medibank', 'Bupa', 'HCF', 'Telstra', 'Optus', 'TPG Telecom',
  'Woolworths', 'Big W', 'JB Hi-Fi', 'Harvey Norman', 'Bunnings', 'Officeworks', 'Wesfarmers', 'Virgin Australia',
  'Jetstar', 'Australia Post', 'StarTrack', 'BHP', 'Rio Tinto', 'Fortescue', 'Origin Energy', 'AGL',
  'ATO', 'Australian Taxation Office', 'Centrelink', 'Services Australia', 'ASIC', 'ACCC', 'AFP',
  'Australian Federal Police', 'Kiwibank', 'ASB Bank', 'Spark NZ', 'Air New Zealand', 'Fonterra', 'Inland Revenue',
  // Philippines, Indonesia, Malaysia, Singapore, Vietnam, Thailand
  'BDO', 'BDO Unibank', 'BPI', 'Bank of the Philippine Islands', 'Metrobank', 'Landbank', 'Land Bank of the Philippines',
  'PNB', 'Security Bank', 'UnionBank', 'RCBC', 'Globe Telecom', 'Smart Communications', 'PLDT', 'Jollibee',   'Ayala Corporation', 'San Miguel Corporation', 'Meralco', 'Philippine Airlines', 'Cebu Pacific', 'ABS-CBN',
  'GMA Network', 'PhilHealth', 'Pag-IBIG', 'SSS', 'BIR', 'PNP', 'NBI', 'Bank Mandiri', 'Mandiri', 'BCA', 'Bank Central Asia',
  'BRI', 'Bank Rakyat Indonesia', 'BNI', 'CIMB Niaga', 'CIMB', 'Telkomsel', 'Telkom Indonesia', 'Indosat', 'XL Axiata',
  'Traveloka', 'Garuda Indonesia', 'Lion Air', 'Pertamina', 'Indomaret', 'Alfamart',
  'JNE', 'BPJS', 'BPJS Kesehatan', 'Polri', 'Maybank', 'Public Bank', 'Petronas', 'AirAsia', 'Malaysia Airlines',
  'DBS', 'DBS Bank', 'OCBC', 'UOB', 'Singtel', 'StarHub', 'Vietcombank', 'Viettel', 'Vingroup', 'VinFast',
  'Vietnam Airlines', 'Kasikornbank', 'Thai Airways',   // Japan, Korea, China, Taiwan, Hong Kong
  'Mazda', 'Subaru', 'Suzuki Motor', 'Fujifilm', 'Nintendo', 'NTT', 'NTT Docomo', 'Docomo', 'KDDI', 'MUFG',
  'Mitsubishi UFJ', 'Mizuho', 'SMBC', 'Sumitomo Mitsui', 'Sumitomo', 'Japan Post', 'Japan Airlines',
  'All Nippon Airways', 'JR East', 'Fast Retailing', 'FamilyMart', 'NHK', 'Yamato Transport',   'Astellas', 'Daiichi Sankyo', 'Kia', 'LG Electronics', 'SK Telecom', 'LG Uplus', 'Naver', 'Coupang',
  'KB Kookmin Bank', 'Kookmin Bank', 'Shinhan Bank', 'Woori Bank', 'Hana Bank', 'Korean Air', 'Asiana Airlines',
  'Posco', 'POSCO', 'Meituan', 'Pinduoduo', 'BYD', 'Geely', 'ICBC', 'Bank of China',
  'China Construction Bank', 'Agricultural Bank of China', 'China Merchants Bank', 'Ping An', 'China Mobile',
  'China Unicom', 'China Telecom', 'Air China', 'China Eastern', 'China Southern', 'Sinopec', 'PetroChina', 'CNPC',
  'State Grid', 'CCTV', 'Xinhua', 'Ant Group', 'SF Express', 'Hang Seng Bank', 'MTR', 'Hong Kong Police Force', 'Evergreen Marine',
  // Middle East, Canada
  'Etihad Airways', 'Saudia', 'Qatar Airways', 'Al Jazeera', 'Emirates NBD', 'First Abu Dhabi Bank', 'Al Rajhi Bank',
  'STC', 'Etisalat', 'Royal Bank of Canada', 'RBC', 'TD Canada Trust', 'Scotiabank', 'BMO', 'Bank of Montreal', 'CIBC',
  'Desjardins', 'Manulife', 'Sun Life', 'Bell Canada', 'Telus', 'Loblaw', 'Loblaws', 'Shoppers Drug Mart',
  'Canadian Tire', 'Air Canada', 'WestJet', 'Canada Post', 'Canada Revenue Agency', 'CRA', 'RCMP', 'CBC', 'Hydro-Québec',
  // Football clubs, broadcasters, international bodies
  'Manchester United', 'Manchester City', 'Man United', 'Man City', 'Liverpool FC', 'Arsenal', 'Chelsea FC', 'Tottenham Hotspur',
  'Newcastle United', 'Aston Villa', 'West Ham', 'West Ham United', 'Leeds United', 'Celtic FC', 'Rangers FC', 'Barça',
  'Bayern Munich', 'Bayern München', 'FC Bayern', 'Borussia Dortmund', 'BVB', 'Schalke', 'RB Leipzig', 'Bayer Leverkusen',
  'Paris Saint-Germain', 'PSG', 'Olympique de Marseille', 'Olympique Lyonnais', 'LA Galaxy', 'Inter Miami', 'Everton FC',
  'CBC', 'SBS', 'ABC Australia', 'BBC News', 'BBC World Service', 'Euronews', 'RFI',   'UNESCO', 'UNHCR', 'UNDP', 'WFP', 'World Food Programme', 'WTO', 'World Trade Organization', 'OECD',   'European Parliament', 'Council of Europe', 'ECB', 'Interpol', 'Europol', 'International Criminal Court', 'ILO', 'IOM',
  'FAO', 'IAEA', 'ICRC', 'International Committee of the Red Cross', 'Red Crescent', 'Amnesty International',
  'Human Rights Watch', 'Save the Children', 'World Wildlife Fund', 'WWF', 'FIFA', 'UEFA', 'International Olympic Committee',
  'Gates Foundation', 'Bill & Melinda Gates Foundation', 'African Union', 'ASEAN', 'OPEC', 'MSF', 'Wikimedia Foundation',
  'Mozilla Foundation', 'International Monetary Fund', 'World Economic Forum', 'Asian Development Bank', 'African Development Bank',
  'United Nations Development Programme', 'Salvation Army', 'Habitat for Humanity', 'Rotary International',
  // Big Four and consultancies, couriers, hotels, carmakers and brands everywhere
  'Deloitte', 'Ernst & Young', 'Grant Thornton', 'BDO Global', 'Mazars', 'Forvis Mazars', 'Baker McKenzie', 'Clifford Chance', 'Linklaters',
  'Allen & Overy', 'Freshfields', 'Roland Berger', 'Cognizant', 'Capgemini', 'Aramex', 'Purolator',
  'Skechers', 'Decathlon', 'Sephora', 'Ikea', 'Hyundai Motor', 'Kia Motors', 'Skoda', 'Škoda', 'Volvo Cars', 'Tata Group',
  'Stellantis', 'Accor', 'Booking Holdings', 'Emirates Airline', 'Lufthansa Group', 'Nestlé', 'Mondelez',
  'Kraft Heinz', "Kellogg's", 'Mars Inc', 'Johnson Controls', 'Siemens Healthineers', 'GE Healthcare',
  'Medtronic', 'Thermo Fisher', 'Fresenius', 'Boehringer Ingelheim', 'Merck KGaA', 'Teva', 'Sandoz',
  'Bupa Global', 'Cigna Healthcare', 'AXA XL', 'Allianz Partners', 'Aon', 'Willis Towers Watson', 'WTW',
  // payments, e-commerce, delivery, property portals, staffing, payroll and accounting software, and banks, telcos and
  // retailers of Central and Eastern Europe, Greece, Africa, South-East Asia and Latin America that no list above holds
  // (not payment apps used as tools, "Cash or Zelle works", "can u venmo me": the sets leave them unlabelled, as Slack)
  'CVS', 'Jio', 'Amex', 'Skanska', 'LKAB', 'Webuild',
  'Trendyol', 'Hepsiburada', 'Getir', 'Gojek', 'Tokopedia', 'Shopee', 'Lazada', 'Agoda', 'Booking.com', 'Trip.com', 'Techcombank',
  'FPT', 'Vinamilk', 'Zalo', 'Foxtons', 'Rightmove', 'Zoopla', 'Brewdog', 'BrewDog', 'Allegro', 'Vonovia', 'bol.com', 'Yandex',
  'Sberbank', 'Kaspi', 'OTP Bank', 'Magyar Telekom', 'ČEZ', 'Česká spořitelna', 'Komerční banka', 'Zásilkovna', 'Alza',
  'Rohlik', 'Banca Transilvania', 'eMAG', 'Dedeman', 'BCR', 'BRD', 'Piraeus Bank', 'Alpha Bank', 'Eurobank', 'National Bank of Greece',
  'Cosmote', 'Skroutz', 'ELTA', 'Leadway', 'Leadway Assurance', 'Discovery Health', 'Takealot', 'Jumia',
  'Dangote', 'Opay', 'Palmpay', 'Al Rajhi', 'Hostplus', 'AustralianSuper', 'Coles', 'ASB', 'Tim Hortons',
  'Rappi', 'Davivienda', 'Banco de Chile', 'Entel', 'Americanas', 'iFood', 'PicPay', 'Staffmark', 'Adecco', 'Randstad',
  'Robert Half', 'Glassdoor', 'Paychex', 'Gusto', 'Xero', 'QuickBooks', 'Intuit', 'HubSpot', 'Zendesk', 'ADP', 'Crime Stoppers',
  'KAIST', 'Seoul National University', 'SSA', 'UIF',
];
