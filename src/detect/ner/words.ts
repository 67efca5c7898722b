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
];

/** Greetings and sign-offs that are followed by a name ("Dear Nelda,", "Thanks Blake!"). */
export const CUE_GREETING = [
  'dear', 'hi', 'hello', 'hey', 'hiya', 'yo', 'thanks', 'thank', 'thx', 'ty', 'cheers', 'regards', 'greetings',
  'welcome', 'congrats', 'congratulations', 'sincerely', 'best', 'bye', 'goodbye', 'morning', 'evening',
  'afternoon', 'night', 'love', 'xoxo', 'hallo', 'liebe', 'lieber', 'bonjour', 'salut', 'hola', 'ciao', 'cher',
  'chère', 'estimado', 'estimada', 'querido', 'querida', 'caro', 'cara', 'beste', 'hej', 'witaj', 'drogi', 'droga',
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
];

/** Name particles that may sit inside a name ("Ludwig van Beethoven", "Rubio de la Cruz"). */
export const NAME_PARTICLES = ['van', 'von', 'de', 'der', 'den', 'da', 'das', 'do', 'dos', 'del', 'della', 'di', 'du', 'la', 'le', 'ter', 'ten', 'zu', 'y', 'bin', 'ibn', 'al', 'el', 'mac', 'st'];

/** Prepositions and verbs before a place ("in Lyon", "moved to Porto"). */
export const CUE_PLACE_BEFORE = [
  'in', 'at', 'near', 'from', 'to', 'into', 'around', 'outside', 'across', 'toward', 'towards', 'via', 'visit',
  'visited', 'visiting', 'live', 'lives', 'lived', 'living', 'based', 'born', 'moved', 'move', 'travel', 'flew',
  'fly', 'flying', 'trip', 'office', 'branch', 'city', 'of', 'nach', 'aus', 'bei', 'en', 'à', 'a', 'de', 'dans',
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
  'english', 'french', 'german', 'spanish', 'italian', 'dutch', 'polish', 'chinese', 'japanese', 'american',
  'european', 'african', 'asian', 'british', 'canadian', 'mexican', 'indian', 'russian', 'swedish', 'irish',
  'total', 'amount', 'price', 'date', 'time', 'name', 'address', 'city', 'state', 'country', 'zip', 'postcode',
  'error', 'warning', 'info', 'debug', 'true', 'false', 'null', 'none', 'n/a', 'tbd', 'todo', 'done', 'step',
];

/** Major world places that name lists may miss (city, region, country names in English). */
export const WORLD_PLACES = [
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
];

/** Legal-form suffixes and head nouns that end an organisation name ("Acme Corp", "Hintz GmbH"). */
export const ORG_SUFFIXES = [
  'inc', 'incorporated', 'ltd', 'limited', 'llc', 'llp', 'lp', 'plc', 'gmbh', 'ag', 'kg', 'ohg', 'ug', 'se', 'sa',
  'sas', 'sarl', 'sasu', 'eurl', 'spa', 'srl', 'sl', 'nv', 'bv', 'oy', 'ab', 'as', 'asa', 'aps', 'pty', 'corp',
  'corporation', 'co', 'company', 'group', 'gruppe', 'holdings', 'holding', 'partners', 'associates', 'technologies',
  'technology', 'solutions', 'systems', 'labs', 'laboratories', 'industries', 'enterprises', 'ventures',
  'consulting', 'capital', 'bank', 'insurance', 'foundation', 'institute', 'university', 'college', 'hospital',
  'clinic', 'agency', 'ministry', 'association', 'society', 'council', 'trust', 'fund', 'airlines', 'airways',
  'motors', 'pharmaceuticals', 'pharma', 'software', 'networks', 'media', 'studios', 'logistics', 'sons',
  'brothers', 'bros', 'kft', 'zrt', 'sp', 'zoo', 'ooo', 'kk', 'gk', 'ltda', 'lda', 'cia', 'sca', 'snc', 'scs', 'ev', 'gie',
  'sem', 'scop', 'sasu', 'gruppen', 'asociados', 'associados', 'associati', 'associés', 'combinatie', 'investment',
  'investments', 'kommanditbolag', 'aktiebolag', 'handelsbolag', 'figli', 'fils', 'hijos', 'filhos', 'söhne', 'zonen',
  'partnerschaft', 'werke', 'ei', 'bedrijf', 'groep', 'maatschap', 'vof', 'cv', 'services', 'consultancy', 'traders', 'trading', 'retail', 'energy', 'electric',
  'telecom', 'communications', 'airlines', 'bancorp', 'financial', 'realty', 'properties', 'construction', 'foods', 'bank', 'bancorp', 'hf', 'ehf', 'kgaa', 'mbh',
];

/** Head nouns that start "X of Y" organisations ("Bank of Ireland", "University of Leeds"). */
export const ORG_HEADS = [
  'bank', 'university', 'college', 'institute', 'ministry', 'department', 'school', 'academy', 'museum', 'hospital',
  'church', 'bureau', 'commission', 'council', 'federation', 'union', 'league',
  'society', 'association', 'chamber', 'agency', 'authority', 'library', 'government', 'universidad', 'université', 'universität', 'universita', 'università', 'banco', 'banque',
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
];

/**
 * First words of place names ("Port Elizabeth", "Bad Homburg", "San Diego", "Borgo San Lorenzo").
 * faker's locale `city_prefix` lists are added to these at start-up.
 */
export const CITY_PREFIXES = [
  'north', 'south', 'east', 'west', 'new', 'old', 'lake', 'port', 'fort', 'mount', 'great', 'little', 'upper', 'lower',
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
export const INTRO_WORDS = ['im', "i'm", 'i’m', 'its', "it's", 'it’s', 'signed', 'regards', 'cheers', 'xoxo', 'love'];

/** Words after a sentence-initial first name that show it acts as a person ("Grace said", "Bill is"). */
export const PERSON_VERBS = ['said', 'says', 'told', 'tells', 'asked', 'asks', 'wrote', 'writes', 'called', 'calls', 'mentioned', 'is', 'was', 'will', 'has', 'had', 'can', 'could', 'would', 'should', 'thinks', 'thought', 'wants', 'wanted', 'needs', 'needed', 'sent', 'replied', 'confirmed', 'left', 'joined', 'went', 'came', 'got', 'and', 'from', 'here', 'just', 'also', 'agreed', 'approved', 'signed', 'emailed', 'texted', 'loves', 'likes', 'knows', 'knew', 'says:', 'did', 'does', 'made', 'gave', 'took', 'booked', 'paid', 'ordered', 'founded', 'works', 'worked', 'leads', 'led', 'wins', 'won', 'met', 'visited', 'arrived', 'resigned', 'retired', 'died', 'married', 'became', 'explained', 'added', 'noted', 'announced', 'reported', 'responded', 'answered', 'writes:', 'wrote:'];

/** Street-first words written in lower case in running text ("12 rue de la Paix", "via Roma 3"): address anchors. */
export const LOWER_ANCHORS = ['rue', 'via', 'calle', 'rua', 'ul', 'al', 'avenue', 'boulevard', 'place', 'quai', 'chemin', 'impasse', 'carrer', 'avenida', 'piazza', 'corso', 'viale', 'ulica', 'aleja', 'plac'];

/** Second words of the two-word introductions person.ts checks ("name is", "i am", "call me", "ich bin"...). */
export const INTRO_SECOND_WORDS = ['is', 'am', 'me', 'bin', 'suis', 'llamo', 'chiamo', 'named'];

/** "and" in other languages, joining surnames in firm names ("Fraga e Domingues", "Schmidt und Koch"). */
export const FIRM_FOREIGN_AND = ['e', 'et', 'y', 'und', 'en', 'och', 'og', 'i'];

/**
 * Common first names (older generations, with their diacritics) that faker's
 * baby-name lists and compromise miss: "Müller, Jürgen" must find Jürgen.
 */
export const EXTRA_FIRST_NAMES = [
  'jürgen', 'jurgen', 'günter', 'günther', 'gunter', 'uwe', 'heike', 'jörg', 'jörn', 'björn', 'sönke', 'bärbel', 'käthe',
  'lüder', 'dörte', 'götz', 'hennes', 'henk', 'joop', 'gerrit', 'wim', 'sjoerd', 'tadeusz', 'zbigniew', 'bożena',
  'grażyna', 'jolanta', 'mirosław', 'bogusław', 'wiesław', 'zdzisław', 'czesław', 'jarosław', 'radosław', 'władysław',
  'françois', 'josé', 'andré', 'rené', 'hélène', 'cécile', 'thérèse', 'agnès', 'jérôme', 'frédéric', 'stéphane',
  'gérard', 'élodie', 'océane', 'anaïs', 'maël', 'loïc', 'joão', 'sebastião', 'conceição', 'inês', 'ramón',
  'jesús', 'nicolás', 'andrés', 'tomás', 'matías', 'joaquín', 'martín', 'iñaki', 'begoña', 'aitor', 'søren',
  'jørgen', 'øystein', 'åsa', 'örjan', 'göran', 'håkan', 'jöns', 'ákos', 'zoltán', 'józsef', 'lászló', 'attila',
];
