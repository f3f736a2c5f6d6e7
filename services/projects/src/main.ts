import 'reflect-metadata';
import { runMain } from '@shanzhi/kit';
import projects from './service';

runMain(projects);
