import { todayInDenmark, type TemplateContent, type TemplateRole } from '@portal/contracts';
import type { Tx } from '../lib/db.js';
import type { SeedContext } from './demo.js';

/**
 * Region templates. AMU (seed 001), the continuing-education coordinator (seed 002) and
 * Tutorcentret (seed 000) are the source texts; UAO, UKS, UKYL and AP-UKYL are written from the
 * MVH strategy's wording on roles and responsibilities (seed 004).
 */
export const DEMO_TEMPLATES: { role: TemplateRole; title: string; content: TemplateContent }[] = [
  {
    role: 'UAO',
    title: 'Funktionsbeskrivelse for UAO (uddannelsesansvarlig overlæge)',
    content: {
      purpose:
        'Den uddannelsesansvarlige overlæge (UAO) har på vegne af afdelingsledelsen ansvaret for, at den lægelige videreuddannelse i afdelingen tilrettelægges, gennemføres og evalueres, så uddannelse og patientbehandling er samme sag. UAO sikrer en klar og transparent ansvars- og opgavefordeling mellem ledere, uddannelsesgivere og uddannelseslæger.',
      areas: [
        {
          title: 'Uddannelsesledelse',
          tasks: [
            'Deltager i afdelingens uddannelsesteam (afdelingsledelse, UAO og UKYL) med fast månedlig mødestruktur.',
            'Leder uddannelsesforum for afdelingens vejledere med fast månedlig mødestruktur.',
            'Udfylder sammen med cheflægen afdelingens særlige lokalt aftalte funktioner og ansvarsområder.',
            'Deltager i netværksmøder for UAO/UKS/UKYL, hvor udvalgte indsatser fra uddannelsesstrategien er fast punkt.',
          ],
        },
        {
          title: 'Uddannelseslæger og vejledere',
          tasks: [
            'Sikrer en god introduktion, tilpasset de konkrete uddannelsesforløb og individuelle kompetencer.',
            'Sikrer, at forventningsafstemning mellem hovedvejleder og uddannelseslæge afholdes i forbindelse med møde om uddannelsesplanen (KBU senest 2 uger, øvrige senest 4 uger efter opstart).',
            'Sikrer, at supervision og feedback er en integreret del af patientbehandlingen med afsæt i uddannelsesplan og kompetencekort.',
            'Har fokus på forebyggelse, tidlig opsporing og håndtering af uhensigtsmæssige uddannelsesforløb og kender processer og ressourcepersoner.',
            'Sikrer kompetenceudvikling i vejlederkorpset, herunder lokale kurser.',
          ],
        },
        {
          title: 'Trivsel og tryghed',
          tasks: [
            'Understøtter en kultur præget af gensidig respekt, videndeling og anerkendende kommunikation.',
            'Sikrer, at defusing anvendes systematisk efter vagt, og at konferencekæden er kendt af uddannelseslægen.',
          ],
        },
      ],
      qualifications: [
        'Speciallæge, typisk overlæge i afdelingen',
        'Interesse for og erfaring med lægelig videreuddannelse og vejledning',
        'Har gennemført eller gennemfører vejlederkursus og kursus for uddannelsesansvarlige overlæger',
      ],
      optionalTasks: [
        'Kan deltage i hospitalets uddannelsesråd eller regionale videreuddannelsesudvalg.',
        'Kan være mentor for en ny UAO.',
      ],
    },
  },
  {
    role: 'UKS',
    title: 'Funktionsbeskrivelse for UKS (uddannelseskoordinerende speciallæge)',
    content: {
      purpose:
        'Den uddannelseskoordinerende speciallæge (UKS) koordinerer sammen med UAO den daglige lægelige videreuddannelse i afdelingen, så uddannelse og læring prioriteres i hverdagen.',
      areas: [
        {
          title: 'Koordinering i hverdagen',
          tasks: [
            'Bistår UAO med planlægning af introduktion, uddannelsesforløb og vejlederfordeling.',
            'Medvirker til, at vagtplanen tager højde for uddannelseslægens kompetenceniveau.',
            'Følger op på forventningsafstemning, uddannelsesplaner og kompetencegodkendelser.',
          ],
        },
        {
          title: 'Uddannelsesteam og uddannelsesforum',
          tasks: [
            'Deltager i uddannelsesforum og bidrager til drøftelse af vejlederrollen og pædagogiske håndgreb.',
            'Deltager efter aftale i uddannelsesteamet og i netværksmøder for UAO/UKS/UKYL.',
          ],
        },
        {
          title: 'Overlevering',
          tasks: ['Sikrer ved fratræden en struktureret overlevering til den nye UKS.'],
        },
      ],
      qualifications: ['Speciallæge i afdelingen', 'Erfaring som vejleder', 'Interesse for lægelig videreuddannelse'],
      optionalTasks: ['Kan være mentor for en ny UKS.'],
    },
  },
  {
    role: 'UKYL',
    title: 'Funktionsbeskrivelse for UKYL (uddannelseskoordinerende yngre læge)',
    content: {
      purpose:
        'Den uddannelseskoordinerende yngre læge (UKYL) repræsenterer afdelingens uddannelseslæger i uddannelsesteamet og bidrager til et trygt og lærerigt uddannelses- og arbejdsmiljø.',
      areas: [
        {
          title: 'Repræsentation',
          tasks: [
            'Deltager i afdelingens uddannelsesteam og sikrer, at uddannelseslægernes perspektiv er repræsenteret.',
            'Er kontaktperson for uddannelseslægerne og formidler ønsker og udfordringer til uddannelsesteamet.',
            'Deltager i netværksmøder for UAO/UKS/UKYL.',
          ],
        },
        {
          title: 'Trivsel og læringsmiljø',
          tasks: [
            'Medvirker til introduktion af nye uddannelseslæger, herunder den fælles introdag for KBU-læger.',
            'Bidrager til trivselsmøder, tavlen til videndeling og brugen af defusing efter vagt.',
          ],
        },
        {
          title: 'Overlevering',
          tasks: ['Sikrer ved fratræden en struktureret overlevering til den nye UKYL.'],
        },
      ],
      qualifications: ['Uddannelseslæge i afdelingen, typisk i hoveduddannelse', 'Interesse for uddannelse og trivsel'],
      optionalTasks: [],
    },
  },
  {
    role: 'AP_UKYL',
    title: 'Funktionsbeskrivelse for AP-UKYL',
    content: {
      purpose:
        'AP-UKYL er en UKYL i hoveduddannelsesforløb i almen medicin, hvis funktion er målrettet almen medicin på tværs af sygehusets afdelinger.',
      areas: [
        {
          title: 'Almen medicin på tværs af afdelinger',
          tasks: [
            'Er kontaktperson for uddannelseslæger i almen medicin under deres hospitalsansættelser.',
            'Samarbejder med afdelingernes UAO og UKYL samt med AMU om uddannelsesforløb i almen medicin.',
            'Bidrager til, at afdelingerne kender målbeskrivelsen for almen medicin.',
          ],
        },
        {
          title: 'Netværk og overlevering',
          tasks: [
            'Deltager i netværksmøder for UAO/UKS/UKYL.',
            'Sikrer ved fratræden en struktureret overlevering til den nye AP-UKYL.',
          ],
        },
      ],
      qualifications: ['Hoveduddannelseslæge i almen medicin'],
      optionalTasks: [],
    },
  },
  {
    role: 'GP_COORDINATOR',
    title: 'Funktionsbeskrivelse for Uddannelseskoordinatorer (AMU) i Almen Medicin i Region Hovedstaden',
    content: {
      purpose:
        'Uddannelseskoordinatorerne varetager med udgangspunkt i det tildelte geografiske område og det fastsatte timetal følgende faste opgaver i relation til Klinisk Basisuddannelse, introduktions- og hoveduddannelsen for Regionen.',
      areas: [
        {
          title: 'Opgaver i forhold til udvikling og planlægning af området',
          tasks: [
            'Sikrer og fremmer kvaliteten i basis-, introduktions- og hoveduddannelsen i samarbejde med tutorlægerne, hospitalerne, det lokale/regionale uddannelsesråd og VU Øst.',
            'Bistår i koordination af den kliniske og teoretiske uddannelse i almen medicin.',
          ],
        },
        {
          title: 'Opgaver i forhold til de uddannelsessøgende læger',
          tasks: [
            'Har den løbende kontakt til basislæger under ansættelse i almen praksis samt yngre læger under uddannelse i Almen Praksis',
            'Er ressourceperson for læger i Klinisk Basisuddannelse under ansættelsen i Almen Praksis.',
            'Er vejleder og ressourceperson for den yngre læge gennem hele uddannelsesforløbet.',
            'Assisterer den uddannelsessøgende læge ved håndtering af uhensigtsmæssige forløb.',
            'I samarbejde med de postgraduate kliniske lektorer for KBU og almen medicin samt de øvrige ansatte AMU og DYNAMU medvirker uddannelseskoordinatoren til at implementere de pædagogiske metoder så den yngre læge får et optimalt udbytte af uddannelsen.',
            'Stimulerer oprettelse af netværk for introduktions- og hoveduddannelseslæger.',
            'Har ansvar for, tilrettelægger og deltager i temadage, introduktionsmøder, logbogskurser ol. for KBU, introduktions- og hoveduddannelseslæger.',
            'Har ansvar for og tilrettelægger undervisningen af læger ansat i introduktions- og hoveduddannelse i specialet Almen Medicin.',
          ],
        },
        {
          title: 'Opgaver i forhold til tutorlæger, uddannelsespraksis og uddannelsessteder',
          tasks: [
            'Er vejleder og ressourceperson for tutorer i Almen Praksis.',
            'Assisterer tutorlæger og hospitalsafdelinger ved håndtering af uhensigtsmæssige forløb.',
            'Medvirker, i samarbejde med øvrige AMU, DYNAMU og de postgraduate kliniske lektorer i KBU og almen medicin, i en løbende opfølgning af kvaliteten af uddannelsen i såvel tutorpraksis som på hospitalsafdelinger.',
            'Medvirker til løbende opfølgning af elektronisk evaluering af tutorpraksis og hospitalsafdelinger.',
            'Udbreder, i samarbejde med de postgraduate kliniske lektorer for KBU og almen medicin, de øvrige AMU samt DYNAMU kendskabet til målbeskrivelsen for såvel Klinisk basisuddannelse som almen medicin og de lærings- og evalueringsmetoder, som målbeskrivelse og uddannelsesprogrammer anviser.',
            'Arrangerer og deltager i samarbejde med de postgraduate kliniske lektorer i almen medicin besøg hvert 3. år på de hospitalsafdelinger, der deltager i den almen medicinske uddannelse.',
            'Deltager i rekruttering af tutorpraksis.',
            'Foretager godkendelse af nye tutorlæger og deres uddannelsesprogrammer.',
          ],
        },
      ],
      qualifications: [
        'Er praktiserende læge i Region Hovedstaden',
        'Har erfaring som tutorlæge',
        'Har gennemført tutorlægekursus',
        'Deltager ved behov i pædagogisk uddannelse som led i ansættelsen',
      ],
      optionalTasks: [
        'De almenmedicinske uddannelseskoordinatorer kan være medlem af det Uddannelsesrådet for Almen Medicin (=AMUR)',
        'Kan være repræsenteret i lokale/regionale videreuddannelsesråd og andre relevante uddannelsesfora.',
        'Kan deltage i årlige møder med øvrige uddannelseskoordinatorer på landsplan med henblik på erfaringsudveksling og udvikling af området.',
        'Kan deltage i udvælgelsen af læger til ansættelse i introduktionsstillinger og hoveduddannelsesforløb.',
        'Kan have ansvar for og afholde f.eks. kurser for tutorlæger og lægevagtskurser.',
      ],
    },
  },
  {
    role: 'CME_COORDINATOR',
    title: 'Funktionsbeskrivelse efteruddannelseskoordinator',
    content: {
      purpose:
        'Efteruddannelseskoordinatoren skal sikre overordnet koordinering i forbindelse med planlægning af efteruddannelsesaktiviteter, der understøtter målene i det regionale kvalitetsarbejde. Herunder de strategiske indsatsområder der fastlægges i KEU’s årsplaner samt af styregruppen for KAP-H. Koordinatoren arbejder inden for rammerne af den Decentrale Gruppebaserede Efteruddannelse i henhold til Overenskomst om almen praksis og som en integreret del af KAP-H. Derudover skal koordinatoren understøtte og inspirere grupperne til at arbejde systematisk med efteruddannelsestiltag, der udspringer af gruppernes egne ønsker og behov.\n\nFunktionen: Efteruddannelseskoordinatoren skal dels koordinere arbejdet i vejledergruppen herunder fungere som vejleder og dels koordinere vejlederopgaverne med øvrige indsatser i KAP-H. Dette gøres ved regelmæssige sekretariatsmøder og møder i Koordinationsgruppen for KAP-H Teams, KKT-kredsen. Efteruddannelseskoordinatoren indgår i en duo-ledelse af DGE sammen med en medarbejder fra KAP-H sekretariatet.\n\nEfteruddannelseskoordinatoren skal sammen med efteruddannelsesvejlederne sikre lokale, varierede og planlagte efteruddannelsestilbud til regionens læger med direkte relevans for den enkelte læges virke i sammenhæng med behovene i det regionale sundhedsvæsen og de øvrige kvalitetsudviklingsindsatser i KAP-H. Særligt skal der være fokus på efteruddannelses- og supervisionsgrupper.\n\nIndsatsen tilrettelægges med udgangspunkt i målsætning for DGE (Protokollat om tilskudsberettiget efteruddannelse af 10-09-2024) og skal: sikre den enkelte læge – uanset geografisk placering – et varieret efteruddannelsestilbud; bidrage til at gøre efteruddannelse til en naturlig og integreret del af almen praksis; via efteruddannelsesaktiviteter medvirke til at understøtte det regionale kvalitetsarbejde.\n\nDet er en forudsætning, at efteruddannelseskoordinatoren er speciallæge i almen medicin, er ejer af en praksis med ydernummer i Region Hovedstaden og har et godt kendskab til kvalitetsudvikling i almen praksis.',
      areas: [
        {
          title: 'Opgaver',
          tasks: [
            'Ansvarlig for at regionale efteruddannelsesaktiviteter koordineres og integreres med aktiviteterne i KAP-H for almen praksis; fungere som pædagogisk konsulent og deltage i øvrige aktiviteter i KAP-H',
            'Initiere gruppedannelser med det sigte at alle praktiserende læger i regionen deltager i en efteruddannelsesgruppe. Herunder fokus på at nynedsatte indgår i en gruppe og fokus på at anvende efteruddannelsesgrupper i forlængelse af øvrige tilbud i KAP-H, hvor det er relevant',
            'Sikre at grupper fastholdes og udvikles. Herunder stille faglige og pædagogiske krav til grupperne og gruppelederne, understøtte gruppernes egne valg af efteruddannelsesemner og -metoder, samt udvikle og fastholde emnegrupper. Herunder ansvarlig for årligt pædagogisk kursus for gruppelederne (gruppeledertræf) og udvikle vejlederfunktionen, deltage i vejledermøder, regionalt og nationalt, udvikle og vedligeholde vejlederkompetencer i vejledergruppen',
            'Bidrage til årlig afrapportering af efteruddannelsesaktiviteterne i KAP-H’s årsrapport, der formidles til KEU, KAP-H’s styregruppe, PLO-E, Fonden for Almen Praksis.',
            'Deltage i teamets kompetenceudvikling',
            'Deltage i den årlige KAP-H konsulentdag',
            'Deltage i de fire årlige møder i Koordinationsgruppen for KAP-H teams (se konsulenthåndbogen for detaljer)',
            'Deltage i andre udvalg, fx det nationale udvalg for efteruddannelse, det nationale koordinatorforum, lejlighedsvise ad hoc-opgaver',
          ],
        },
      ],
      qualifications: [
        'Kan koordinere nye og igangværende efteruddannelsesindsatser i en kompleks organisation',
        'Personlig erfaring som gruppeleder i den gruppebaserede efteruddannelsesordning',
        'Evner at tilrettelægge og formidle en bred vifte af efteruddannelsestilbud på tværs af KAP-H',
        'Kan vurdere behovene for diverse efteruddannelsesaktiviteter i almen praksis',
        'Har gode pædagogiske kompetencer',
        'Evner og har lyst til at samarbejde med mange forskellige faggrupper og interessenter',
        'Har interesse for efteruddannelse af almen praktiserende læger',
        'Det er en fordel at have erfaring fra et andet job som vejleder eller konsulent i relation til almen praksis',
      ],
      optionalTasks: [],
    },
  },
  {
    role: 'EDUCATION_CENTRE',
    title: 'Funktionsbeskrivelse, Tutorcentret',
    content: {
      purpose:
        'Tutorcentrets mål er at understøtte og forbedre lægers uddannelse. Målet nås ved aktiviteter rettet mod uddannelsesansvarlige overlæger, uddannelseslæger og deres vejledere. Tutorcentret arbejder for styrkelse af uddannelsesmiljø og kultur. Tutorcentrets ønske er at fremme den ledelsesmæssige forankring af uddannelse ved at sætte uddannelse på dagsordenen. Tutorcentret ønsker at formidle og skabe et netværk mellem uddannelsesengagerede fagpersoner på AHH og i Region Hovedstaden.\n\nFormål: At udgøre et ressourcecenter for lægefaglige undervisere. Tutorcentret skal støtte planlægning af uddannelse og implementering af uddannelsesinitiativer i afdelingerne på AHH, således at læger oplever AHH som en uddannelsesaktiv institution på alle niveauer.\n\nMålgruppe: Uddannelsesansvarlige overlæger, læger med interesse for postgraduat uddannelse, uddannelsessøgende læger.\n\nVision: Vores vision er ”Den intelligente organisation”. Den intelligente organisation styrkes gennem fælles refleksion over styrker, svagheder og resultater samt deling af gode ideer gennem netværksdannelse på tværs af uddannelsesinteresserede ressourcepersoner, afdelinger og hospitaler.\n\nHistorie: Tutorcentret blev etableret i 1998 på initiativ af Direktionen på hospitalet og i samarbejde med det daværende H:S Postgraduat Medicinsk Institut. Centret modtog i begyndelsen støtte fra Sundhedsministeriet. Tutorcentret er i dag organisatorisk placeret under Direktionen, efter den i en årrække var en del af Udviklings- og kvalitetsafdelingen.\n\nOpgaver og aktiviteter i Tutorcentret styres af de kliniske afdelingers behov – i særlig grad behov udtrykt af uddannelsesansvarlige overlæger og vejledere. Der er et tæt samarbejde mellem Videreuddannelsesudvalget for læger på AHH, det tværfaglige Uddannelsesudvalget på AHH og Tutorcentret.',
      areas: [
        {
          title: 'Opgaver',
          tasks: [
            'Bidrage til udvikling og optimering af kvalitet og effektivitet i varetagelsen af de lægelige videreuddannelsesopgaver i de enkelte afdelinger og på hospitalet som helhed.',
            'Foreslå og facilitere nye pædagogiske og organisatoriske tiltag til vedligeholdelse og udvikling af et attraktivt uddannelsesmiljø.',
            'Understøtte/rådgive hospitalsledelse, afdelingsledelser, uddannelsesansvarlige overlægers (UAO) og andre uddannelsesinteresserede ressourcepersoner i spørgsmål vedr. lægelig uddannelse.',
            'Synliggøre den lægelige uddannelse internt og eksternt',
          ],
        },
        {
          title: 'Aktiviteter',
          tasks: [
            'Afdelingsvendte besøg med fokus på uddannelse i afdelingen med deltagelse af UAO, vejledere og uddannelsessøgende læger',
            'Afholder vejlederkursus ved behov',
            'Tværfaglige temadage med uddannelsesrelevant fokus for AHH og øvrige hospitaler i Region Øst',
            'Tematimer og workshops med uddannelsesrelevante oplæg og diskussion',
          ],
        },
      ],
      qualifications: [],
      optionalTasks: [],
    },
  },
];

const day = (iso: string) => new Date(`${iso}T00:00:00.000Z`);
/** An ISO date `months` before today (Danish date), so "new" holders stay new as time passes. */
function monthsAgo(months: number): string {
  const d = day(todayInDenmark());
  d.setUTCMonth(d.getUTCMonth() - months);
  return d.toISOString().slice(0, 10);
}

/** Demo data of the function-descriptions module for one tenant (runs inside the tenant's seeding transaction). */
export async function seedFunctionDescriptions(tx: Tx, ctx: SeedContext): Promise<void> {
  const { tenantId } = ctx;
  const admin =
    [...ctx.userIds.entries()].find(
      ([email]) => email.startsWith('thomas.krogh') || email.startsWith('kasper.villadsen'),
    )?.[1] ?? null;
  for (const t of DEMO_TEMPLATES) {
    const tpl = await tx.fdTemplate.create({ data: { tenantId, role: t.role, title: t.title }, select: { id: true } });
    await tx.fdTemplateVersion.create({
      data: {
        tenantId,
        templateId: tpl.id,
        number: 1,
        status: 'APPROVED',
        content: t.content,
        approvedAt: day('2025-06-01'),
        approvedById: admin,
      },
    });
  }

  if (ctx.spec.slug === 'region-sjaelland') {
    await seedHolderChanges(tx, ctx, [
      {
        unit: 'mvh-kir',
        role: 'UKYL',
        out: ['anne.kjeldsen@regionsjaelland.dk', 'Anne Kjeldsen', 'Hoveduddannelseslæge'],
        in: ['mads.lauridsen@regionsjaelland.dk', 'Mads Lauridsen', 'Hoveduddannelseslæge, UKYL'],
        months: 3,
      },
      {
        unit: 'mvh-orto',
        role: 'UKS',
        out: ['per.vinther@regionsjaelland.dk', 'Per Vinther', 'Overlæge'],
        in: ['sara.holm@regionsjaelland.dk', 'Sara Holm', 'Afdelingslæge, UKS'],
        months: 1,
      },
    ]);
  }
  if (ctx.spec.slug !== 'region-hovedstaden') return;
  const unit = (key: string) => ctx.unitIds.get(key)!;
  const user = (email: string) => ctx.userIds.get(email)!;
  const uao = user('mette.kjaer@regionh.dk');
  const head = user('hanne.vestergaard@regionh.dk');

  // Kardiologisk Afdeling: the UAO part is approved and implemented; UKYL is a draft; UKS is missing
  // (the end-to-end test drafts it).
  const approved = await tx.localFd.create({
    data: {
      tenantId,
      unitId: unit('ahh-kard'),
      role: 'UAO',
      status: 'IMPLEMENTED',
      text: 'UAO er formand for afdelingens uddannelsesteam og leder uddannelsesforum den første tirsdag i måneden. UAO har 4 timer om ugen til uddannelsesopgaven og deltager i hospitalets netværk for UAO/UKS/UKYL.',
      uaoSignedById: uao,
      uaoSignedAt: day('2025-09-10'),
      headSignedById: head,
      headSignedAt: day('2025-09-12'),
      implementedOn: day('2025-10-01'),
      updatedById: uao,
    },
    select: { id: true, text: true },
  });
  await tx.localFdRevision.create({
    data: {
      tenantId,
      localFdId: approved.id,
      revision: 1,
      text: approved.text,
      uaoSignedById: uao,
      headSignedById: head,
      approvedAt: day('2025-09-12'),
    },
  });
  await tx.localFd.create({
    data: {
      tenantId,
      unitId: unit('ahh-kard'),
      role: 'UKYL',
      status: 'DRAFT',
      text: 'UKYL deltager i uddannelsesteamets månedlige møde og holder trivselsmøde for afdelingens uddannelseslæger hver 6. uge.',
      updatedById: uao,
    },
  });

  await seedHolderChanges(tx, ctx, [
    // A new UKYL in Kirurgisk Gastroenterologisk Afdeling without a mentor yet (took over from Line Holst).
    {
      unit: 'ahh-kir',
      role: 'UKYL',
      out: ['line.holst@regionh.dk', 'Line Holst', 'Hoveduddannelseslæge'],
      in: ['jonas.winther@regionh.dk', 'Jonas Winther', 'Hoveduddannelseslæge, UKYL'],
      months: 2,
    },
    // A new UKS in Ortopædkirurgisk Afdeling who took over from Søren Bak.
    {
      unit: 'ahh-orto',
      role: 'UKS',
      out: ['soeren.bak@regionh.dk', 'Søren Bak', 'Overlæge'],
      in: ['louise.krag@regionh.dk', 'Louise Krag', 'Afdelingslæge, UKS'],
      months: 1,
    },
  ]);
  // An experienced UKS elsewhere, so a new UKS has a mentor candidate besides Anders Holm.
  await holder(
    tx,
    ctx,
    ['mikkel.friis@regionh.dk', 'Mikkel Friis', 'Afdelingslæge, UKS'],
    'UKS',
    'ahh-anae',
    '2023-03-01',
  );
}

type Who = [email: string, name: string, title: string];

async function holder(
  tx: Tx,
  ctx: SeedContext,
  who: Who,
  role: 'UKS' | 'UKYL',
  unitKey: string,
  from: string,
  to?: string,
) {
  const { tenantId } = ctx;
  const id =
    ctx.userIds.get(who[0]) ??
    (
      await tx.user.create({
        data: { tenantId, email: who[0], name: who[1], title: who[2], passwordHash: await demoHash(tx, ctx) },
        select: { id: true },
      })
    ).id;
  ctx.userIds.set(who[0], id);
  await tx.roleAssignment.create({
    data: {
      tenantId,
      userId: id,
      role,
      scopeUnitId: ctx.unitIds.get(unitKey)!,
      validFrom: day(from),
      validTo: to ? day(to) : null,
    },
  });
}

async function demoHash(tx: Tx, ctx: SeedContext) {
  const any = ctx.userIds.values().next().value!;
  return (
    (await tx.user.findFirst({ where: { tenantId: ctx.tenantId, id: any }, select: { passwordHash: true } }))
      ?.passwordHash ?? null
  );
}

/** Holder changes: the outgoing holder's assignment ends, the new one starts (the trigger opens the handover). */
async function seedHolderChanges(
  tx: Tx,
  ctx: SeedContext,
  changes: { unit: string; role: 'UKS' | 'UKYL'; out: Who; in: Who; months: number }[],
) {
  for (const c of changes) {
    await holder(tx, ctx, c.out, c.role, c.unit, '2022-02-01', monthsAgo(c.months));
    await holder(tx, ctx, c.in, c.role, c.unit, monthsAgo(c.months));
  }
}
